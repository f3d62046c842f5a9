import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { downloadReportCsv, type ReportQuery, useReport } from '@/features/reports/api/get-report';
import { ReportChart } from './report-chart';
import { ReportFilters } from './report-filters';
import { ReportTable } from './report-table';
import styles from './reports.module.css';

const KEYS = ['periodId', 'from', 'to', 'teamId', 'managerId', 'level', 'groupBy', 'page'] as const;

/** One report: filters kept in the URL, headline figures, the chart, the table and a CSV export. */
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
        description={`${r.from} to ${r.to}`}
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
                    : f.value.toLocaleString()}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <Card title="Chart">
        <ReportChart chart={r.chart} title={r.title} />
      </Card>
      <Card title={`Table (${r.total} rows)`}>
        <ReportTable report={r} onPageChange={(page) => change({ ...query, page })} />
      </Card>
    </>
  );
}
