import { useParams } from 'react-router';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { ReviewPage } from '@/features/reviews/components/review-page';

export function ReviewRoute() {
  const { reviewId = '' } = useParams();
  return (
    <ErrorBoundary title="This review could not be shown">
      <ReviewPage key={reviewId} reviewId={reviewId} />
    </ErrorBoundary>
  );
}
