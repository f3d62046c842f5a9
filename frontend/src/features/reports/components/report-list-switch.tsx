import type { Report, ReportQuery } from '@/features/reports/api/get-report';

type ListKey = ReportQuery['list'];
import styles from './reports.module.css';

/** What the main table of each report is called next to its item lists. */
const MAIN: Record<string, string> = {
  health: 'Week by week',
  'check-in-activity': 'Everyone',
  'one-to-one-cadence': 'Per manager',
};

/**
 * Switches the table between the report's main table and its item lists (objectives at risk, people
 * without check-ins, overdue pairs…). The CSV export follows what is shown.
 */
export function ReportListSwitch({
  report,
  onChange,
}: {
  report: Report;
  onChange: (list: ListKey) => void;
}) {
  if (report.lists.length === 0) return null;
  const choices = [
    { key: undefined as ListKey, title: MAIN[report.slug] ?? 'Summary' },
    ...report.lists.map((l) => ({ key: l.key as ListKey, title: l.title })),
  ];
  return (
    <div className={styles.switch} role="group" aria-label="Show in the table">
      {choices.map((choice) => {
        const current = (report.list ?? undefined) === choice.key;
        return (
          <button
            key={choice.key ?? 'main'}
            type="button"
            aria-pressed={current}
            className={current ? styles.switchOn : undefined}
            onClick={() => onChange(choice.key)}
          >
            {choice.title}
          </button>
        );
      })}
    </div>
  );
}
