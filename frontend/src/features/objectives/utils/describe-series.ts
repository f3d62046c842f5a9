import type { ProgressPoint } from '@/features/objectives/api/get-progress-series';
import { formatPercent, HEALTH_LABELS } from '@/features/objectives/utils/format';
import { formatDate } from '@/lib/format-date';

/** One sentence that says what the chart shows, for people who cannot see it. */
export function describeSeries(points: ProgressPoint[]): string {
  if (points.length === 0) return 'No progress recorded yet.';
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length === 1)
    return `Progress was ${formatPercent(first.progress)} on ${formatDate(first.at)}.`;
  return (
    `Progress went from ${formatPercent(first.progress)} on ${formatDate(first.at)} ` +
    `to ${formatPercent(last.progress)} on ${formatDate(last.at)}, over ${points.length} updates. ` +
    `Health now: ${HEALTH_LABELS[last.health].toLowerCase()}.`
  );
}
