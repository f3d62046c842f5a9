import { useId } from 'react';
import { useReportFilterOptions } from '@/features/reports/api/get-report-filters';
import type { ReportQuery } from '@/features/reports/api/get-report';
import { ManagerPicker } from './manager-picker';
import styles from './reports.module.css';

const GROUPED = ['objective-progress', 'review-completion', 'rating-distribution'];
const LEVELLED = ['objective-progress', 'health', 'alignment-coverage'];
/** Reports whose default range (no period, no dates) is the current period, up to today. */
const CURRENT_PERIOD_BY_DEFAULT = ['objective-progress'];

/**
 * Period or date range, team, manager, level and grouping; every change reloads the report from
 * page 0 and keeps the item list shown. Teams and managers are only those within the caller's scope.
 */
export function ReportFilters({
  slug,
  query,
  onChange,
}: {
  slug: string;
  query: ReportQuery;
  onChange: (query: ReportQuery) => void;
}) {
  const id = useId();
  const options = useReportFilterOptions();
  const set = (key: keyof ReportQuery, value: string) =>
    onChange({ ...query, [key]: value || undefined, page: undefined });
  return (
    <form
      className={styles.filters}
      aria-label="Report filters"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className={styles.field}>
        <label htmlFor={`${id}-period`}>Period</label>
        <select
          className="input"
          id={`${id}-period`}
          value={query.periodId ?? ''}
          onChange={(e) =>
            onChange({
              ...query,
              periodId: e.target.value || undefined,
              from: undefined,
              to: undefined,
              page: undefined,
            })
          }
        >
          <option value="">
            {CURRENT_PERIOD_BY_DEFAULT.includes(slug) ? 'Current period' : 'Last 13 weeks'}
          </option>
          {options.data?.periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-from`}>From</label>
        <input
          className="input"
          id={`${id}-from`}
          type="date"
          value={query.from ?? ''}
          onChange={(e) => set('from', e.target.value)}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-to`}>To</label>
        <input
          className="input"
          id={`${id}-to`}
          type="date"
          value={query.to ?? ''}
          onChange={(e) => set('to', e.target.value)}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-team`}>Team</label>
        <select
          className="input"
          id={`${id}-team`}
          value={query.teamId ?? ''}
          onChange={(e) => set('teamId', e.target.value)}
        >
          <option value="">All teams</option>
          {options.data?.teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <ManagerPicker
        key={`${query.managerId ?? ''}-${options.data?.managers.length ?? 0}`}
        id={`${id}-manager`}
        managers={options.data?.managers ?? []}
        value={query.managerId}
        onChange={(managerId) => onChange({ ...query, managerId, page: undefined })}
      />
      {LEVELLED.includes(slug) && (
        <div className={styles.field}>
          <label htmlFor={`${id}-level`}>Level</label>
          <select
            className="input"
            id={`${id}-level`}
            value={query.level ?? ''}
            onChange={(e) => set('level', e.target.value)}
          >
            <option value="">All levels</option>
            <option value="COMPANY">Company</option>
            <option value="TEAM">Team</option>
            <option value="INDIVIDUAL">Individual</option>
          </select>
        </div>
      )}
      {GROUPED.includes(slug) && (
        <div className={styles.field}>
          <label htmlFor={`${id}-group-by`}>Group by</label>
          <select
            className="input"
            id={`${id}-group-by`}
            value={query.groupBy ?? 'team'}
            onChange={(e) => set('groupBy', e.target.value)}
          >
            <option value="team">Team</option>
            {slug === 'objective-progress' && <option value="level">Level</option>}
            <option value="manager">Manager</option>
          </select>
        </div>
      )}
    </form>
  );
}
