import { useParams } from 'react-router';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { ReportView } from '@/features/reports/components/report-view';
import { ReportsIndex } from '@/features/reports/components/reports-index';

export function ReportsRoute() {
  return (
    <ErrorBoundary title="Reports could not be shown">
      <ReportsIndex />
    </ErrorBoundary>
  );
}

export function ReportRoute() {
  const { slug = '' } = useParams();
  return (
    <ErrorBoundary title="This report could not be shown">
      <ReportView key={slug} slug={slug} />
    </ErrorBoundary>
  );
}
