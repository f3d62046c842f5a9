import type { ObjectiveStatus } from '@/features/objectives/api/get-objective';
import { STATUS_LABELS } from '@/features/objectives/utils/format';

export function StatusBadge({ status }: { status: ObjectiveStatus }) {
  return (
    <span className={`chip chip-status chip-${status.toLowerCase()}`}>{STATUS_LABELS[status]}</span>
  );
}
