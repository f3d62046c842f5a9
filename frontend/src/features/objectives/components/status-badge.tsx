import type { ObjectiveStatus } from '@/features/objectives/api/get-objective';
import styles from '@/features/objectives/components/chips.module.css';
import { STATUS_LABELS } from '@/features/objectives/utils/format';

const TONES: Partial<Record<ObjectiveStatus, string>> = {
  DRAFT: styles.draft,
  ACTIVE: styles.active,
};

/** An objective's status as an outlined chip: dashed while a draft, accent while active. */
export function StatusBadge({ status }: { status: ObjectiveStatus }) {
  const tone = TONES[status];
  return (
    <span className={`${styles.chip} ${styles.status}${tone ? ` ${tone}` : ''}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}
