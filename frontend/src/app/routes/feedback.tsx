import { useParams } from 'react-router';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { FeedbackDetail } from '@/features/feedback/components/feedback-detail';
import { FeedbackPage } from '@/features/feedback/components/feedback-page';
import { PraiseWall } from '@/features/feedback/components/praise-wall';

export function FeedbackRoute() {
  return (
    <ErrorBoundary title="Feedback could not be shown">
      <FeedbackPage />
    </ErrorBoundary>
  );
}

export function FeedbackItemRoute() {
  const { feedbackId = '' } = useParams();
  return (
    <ErrorBoundary title="This feedback could not be shown">
      <FeedbackDetail key={feedbackId} feedbackId={feedbackId} />
    </ErrorBoundary>
  );
}

export function PraiseRoute() {
  return (
    <ErrorBoundary title="The praise wall could not be shown">
      <PraiseWall />
    </ErrorBoundary>
  );
}
