import type { Report } from '@/features/reports/api/get-report';
import type { ManagerOption } from '@/features/reports/api/get-report-filters';

/** How a manager reads in the picker: name, and title or team to tell namesakes apart. */
export function managerLabel(m: ManagerOption): string {
  const about = m.title ?? m.team;
  return about ? `${m.name} — ${about}` : m.name;
}

/** What an empty table means, in words a manager would use. */
export function emptyTableText(report: Report): string {
  switch (report.list) {
    case 'at-risk':
      return 'No active objective is at risk or off track.';
    case 'stale':
      return 'Every active objective had a check-in recently.';
    case 'without-check-ins':
      return 'Everyone checked in at least once in this range.';
    case 'overdue':
      return 'No 1:1 is overdue: every pair met within its interval.';
    default:
      return 'Nothing in this range for these filters. Try a longer range or fewer filters.';
  }
}
