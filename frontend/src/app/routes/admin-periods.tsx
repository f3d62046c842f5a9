import { ErrorBoundary } from '@/components/ui/error-boundary';
import { PeriodsAdmin } from '@/features/admin/components/periods-admin';

export function AdminPeriodsRoute() {
  return (
    <ErrorBoundary title="Period administration could not be shown">
      <PeriodsAdmin />
    </ErrorBoundary>
  );
}
