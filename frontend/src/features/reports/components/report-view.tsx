import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { downloadReportCsv, type ReportQuery, useReport } from '@/features/reports/api/get-report';
import { ReportChart } from './report-chart';
import { ReportFilters } from './report-filters';
import { ReportListSwitch } from './report-list-switch';
import { ReportTable } from './report-table';
import styles from './reports.module.css';
import { formatDate } from '@/lib/format-date';

function shownTitle(r: { list?: string | null; lists: { key: string; title: string }[] }) {
  return r.lists.find((l) => l.key === r.list)?.title ?? 'Table';
}

const KEYS = [
  'periodId',
  'from',
  'to',
  'teamId',
  'managerId',
  'level',
  'groupBy',
  'list',
  'page',
] as const;

/**
 * One report: filters kept in the URL, headline figures, the chart, the table (or one of the report's
 * item lists) and a CSV export of exactly that table with exactly these filters.
 */
export function ReportView({ slug }: { slug: string }) {
  const [params, setParams] = useSearchParams();
  const query = Object.fromEntries(
    KEYS.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : [])),
  ) as ReportQuery;
  const report = useReport(slug, query);
  const [exporting, setExporting] = useState<string | null>(null);
  const change = (next: ReportQuery) =>
    setParams(
      Object.fromEntries(
        Object.entries(next).filter(([, v]) => v !== undefined && v !== ''),
      ) as Record<string, string>,
    );

  const exportCsv = async () => {
    setExporting('Preparing CSV…');
    try {
      await downloadReportCsv(slug, query);
      setExporting(null);
    } catch {
      setExporting('The export failed. Try again.');
    }
  };

  const back = <Link to="/reports">← Reports</Link>;
  if (report.isPending) return <LoadingState label="Loading the report…" />;
  if (report.isError)
    return (
      <>
        <PageHeader title="Report unavailable" breadcrumb={back} />
        <ErrorState error={report.error} onRetry={() => report.refetch()} />
      </>
    );
  const r = report.data;
  return (
    <>
      <PageHeader
        title={r.title}
        breadcrumb={back}
        description={`${formatDate(r.from)} to ${formatDate(r.to)}`}
        actions={
          <Button onClick={exportCsv} disabled={exporting === 'Preparing CSV…'}>
            Download CSV
          </Button>
        }
      />
      {exporting && <p role="status">{exporting}</p>}
      <ReportFilters slug={slug} query={query} onChange={change} />
      {r.figures.length > 0 && (
        <dl className={styles.figures}>
          {r.figures.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>
                {f.value == null
                  ? '—'
                  : f.type === 'percent'
                    ? `${f.value} %`
                    : f.value.toLocaleString('en-GB')}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <Card title="Chart">
        <ReportChart chart={r.chart} title={r.title} />
      </Card>
      <Card title={`${shownTitle(r)} (${r.total} ${r.total === 1 ? 'row' : 'rows'})`}>
        <ReportListSwitch
          report={r}
          onChange={(list) => change({ ...query, list, page: undefined })}
        />
        <ReportTable report={r} onPageChange={(page) => change({ ...query, page })} />
      </Card>
    </>
  );
}
