import type { Health } from '@/features/cascade/api/get-cascade';
import styles from '@/features/cascade/components/cascade.module.css';

/** The class that colours a badge, a count or a map node by its health. */
export const HEALTH_CLASS: Record<Health, string> = {
  ON_TRACK: styles.healthOnTrack,
  AT_RISK: styles.healthAtRisk,
  OFF_TRACK: styles.healthOffTrack,
};
