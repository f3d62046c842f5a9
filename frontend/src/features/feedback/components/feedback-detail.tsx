import { Link } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useFeedbackItem } from '@/features/feedback/api/get-feedback-item';
import { FeedbackCard } from '@/features/feedback/components/feedback-card';
import { isApiError } from '@/lib/problem';

/** One piece of feedback on its own page (linked from answered requests). */
export function FeedbackDetail({ feedbackId }: { feedbackId: string }) {
  const item = useFeedbackItem(feedbackId);
  const back = <Link to="/feedback">← Feedback</Link>;
  if (item.isPending) return <LoadingState />;
  if (item.isError)
    return (
      <>
        <PageHeader title="Feedback" breadcrumb={back} />
        {isApiError(item.error) && item.error.status === 404 ? (
          <EmptyState title="We could not find this feedback">
            It may not be shared with you.
          </EmptyState>
        ) : (
          <ErrorState error={item.error} onRetry={() => item.refetch()} />
        )}
      </>
    );
  return (
    <>
      <PageHeader title={item.data.praise ? 'Praise' : 'Feedback'} breadcrumb={back} />
      <Card>
        <FeedbackCard item={item.data} />
      </Card>
    </>
  );
}
