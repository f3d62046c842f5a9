import { ErrorBoundary } from '@/components/ui/error-boundary';
import { DeveloperPage } from '@/features/integrations/components/developer-page';

export function DeveloperRoute() {
  return (
    <ErrorBoundary title="The developer settings could not be shown">
      <DeveloperPage />
    </ErrorBoundary>
  );
}
