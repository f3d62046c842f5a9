import type { Period } from '@/features/objectives/api/get-periods';
import type { ObjectiveSummary } from '@/features/objectives/api/get-objectives';

export type PeriodGroup = {
  period: { id: string; name: string };
  current: boolean;
  objectives: ObjectiveSummary[];
};

/**
 * Groups objectives by their period: the current period first, then the others from the
 * newest to the oldest (periods the caller cannot look up go last, by name).
 */
export function groupByPeriod(objectives: ObjectiveSummary[], periods: Period[]): PeriodGroup[] {
  const groups = new Map<string, PeriodGroup>();
  for (const objective of objectives) {
    const group = groups.get(objective.period.id) ?? {
      period: objective.period,
      current: periods.some((p) => p.id === objective.period.id && p.current),
      objectives: [],
    };
    group.objectives.push(objective);
    groups.set(objective.period.id, group);
  }
  const start = (id: string) => periods.find((p) => p.id === id)?.startDate ?? '';
  return [...groups.values()].sort((a, b) => {
    if (a.current !== b.current) return a.current ? -1 : 1;
    const byStart = start(b.period.id).localeCompare(start(a.period.id));
    return byStart !== 0 ? byStart : a.period.name.localeCompare(b.period.name);
  });
}
