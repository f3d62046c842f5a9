import { useParams } from 'react-router';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { CycleDetail } from '@/features/reviews/components/cycle-detail';
import { CyclesAdmin } from '@/features/reviews/components/cycles-admin';
import { TemplatesAdmin } from '@/features/reviews/components/templates-admin';

export function AdminReviewCyclesRoute() {
  return (
    <ErrorBoundary title="Review cycles could not be shown">
      <CyclesAdmin />
    </ErrorBoundary>
  );
}

export function AdminReviewCycleRoute() {
  const { cycleId = '' } = useParams();
  return (
    <ErrorBoundary title="This cycle could not be shown">
      <CycleDetail key={cycleId} cycleId={cycleId} />
    </ErrorBoundary>
  );
}

export function AdminReviewTemplatesRoute() {
  return (
    <ErrorBoundary title="Review templates could not be shown">
      <TemplatesAdmin />
    </ErrorBoundary>
  );
}
