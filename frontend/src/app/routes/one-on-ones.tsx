import { ErrorBoundary } from '@/components/ui/error-boundary';
import { SessionsPage } from '@/features/sessions/components/sessions-page';

export function OneOnOnesRoute() {
  return (
    <ErrorBoundary title="Your 1:1s could not be shown">
      <SessionsPage />
    </ErrorBoundary>
  );
}
