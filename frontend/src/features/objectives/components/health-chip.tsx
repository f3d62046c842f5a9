import type { Health } from '@/features/objectives/api/get-objective';
import styles from '@/features/objectives/components/chips.module.css';
import { HEALTH_LABELS } from '@/features/objectives/utils/format';

const ICONS: Record<Health, string> = { ON_TRACK: '●', AT_RISK: '▲', OFF_TRACK: '■' };
const TONES: Record<Health, string> = {
  ON_TRACK: styles.onTrack,
  AT_RISK: styles.atRisk,
  OFF_TRACK: styles.offTrack,
};

/** Health as colour, shape and words, so it never depends on colour alone. */
export function HealthChip({ health }: { health: Health }) {
  return (
    <span className={`${styles.chip} ${TONES[health]}`}>
      <span aria-hidden="true">{ICONS[health]}</span> {HEALTH_LABELS[health]}
    </span>
  );
}
