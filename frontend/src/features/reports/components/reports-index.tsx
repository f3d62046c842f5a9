import { Link } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useReports } from '@/features/reports/api/get-reports';
import styles from './reports.module.css';

/** The reports the caller may open; people without reports of their own see why there are none. */
export function ReportsIndex() {
  const reports = useReports();
  return (
    <>
      <PageHeader
        title="Reports"
        description="How your organization is doing, and whether it is getting better."
      />
      {reports.isPending && <LoadingState label="Loading reports…" />}
      {reports.isError && <ErrorState error={reports.error} onRetry={() => reports.refetch()} />}
      {reports.data?.length === 0 && (
        <EmptyState title="No reports for you yet">
          Reports cover the people below you, so they open to managers and admins. Your own history
          is on your profile.
        </EmptyState>
      )}
      {reports.data && reports.data.length > 0 && (
        <ul className={styles.list}>
          {reports.data.map((report) => (
            <li key={report.slug}>
              <Link to={`/reports/${report.slug}`}>{report.title}</Link>
              <p className="muted">{report.description}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
