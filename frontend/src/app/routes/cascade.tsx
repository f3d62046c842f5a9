import { PageHeader } from '@/components/layouts/page-header';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { CascadeExplorer } from '@/features/cascade/components/cascade-explorer';

export function CascadeRoute() {
  return (
    <>
      <PageHeader
        title="Cascade"
        description="How every objective ladders up to the company goals. Search, filter, replay the period, or pick an objective to check in."
      />
      <ErrorBoundary title="The cascade could not be shown">
        <CascadeExplorer />
      </ErrorBoundary>
    </>
  );
}
