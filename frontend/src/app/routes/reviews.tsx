import { PageHeader } from '@/components/layouts/page-header';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { ReviewsPage } from '@/features/reviews/components/reviews-page';

export function ReviewsRoute() {
  return (
    <>
      <PageHeader
        title="Reviews"
        description="Appraisals and 360s about you, and the ones you write."
      />
      <ErrorBoundary title="Reviews could not be shown">
        <ReviewsPage />
      </ErrorBoundary>
    </>
  );
}
