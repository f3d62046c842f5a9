import type { Health } from '@/features/objectives/api/get-objective';
import { HEALTH_LABELS } from '@/features/objectives/utils/format';

const ICONS: Record<Health, string> = { ON_TRACK: '●', AT_RISK: '▲', OFF_TRACK: '■' };

/** Health as colour, shape and words, so it never depends on colour alone. */
export function HealthChip({ health }: { health: Health }) {
  return (
    <span className={`chip chip-health chip-${health.toLowerCase().replace('_', '-')}`}>
      <span aria-hidden="true">{ICONS[health]}</span> {HEALTH_LABELS[health]}
    </span>
  );
}
