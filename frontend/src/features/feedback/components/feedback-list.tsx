import { useState } from 'react';
import { Card } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useFeedbackList, type FeedbackScope } from '@/features/feedback/api/get-feedback';
import { FeedbackCard } from '@/features/feedback/components/feedback-card';
import styles from '@/features/feedback/components/feedback-card.module.css';

const EMPTY: Record<FeedbackScope, string> = {
  received: 'No feedback for you yet',
  given: 'You have not given feedback yet',
  'about-my-reports': 'No feedback about your reports yet',
  all: 'No feedback in your organization yet',
};

/** One page of feedback for a scope, newest first. */
export function FeedbackList({ scope, title }: { scope: FeedbackScope; title: string }) {
  const [page, setPage] = useState(0);
  const feedback = useFeedbackList(scope, page);
  return (
    <Card title={title}>
      {feedback.isPending ? (
        <LoadingState label="Loading feedback…" />
      ) : feedback.isError ? (
        <ErrorState error={feedback.error} onRetry={() => feedback.refetch()} />
      ) : feedback.data.items.length === 0 ? (
        <EmptyState title={EMPTY[scope]} />
      ) : (
        <>
          <div className={styles.list}>
            {feedback.data.items.map((item) => (
              <FeedbackCard key={item.id} item={item} />
            ))}
          </div>
          <Pagination
            page={page}
            size={feedback.data.size}
            total={feedback.data.total}
            onPageChange={setPage}
          />
        </>
      )}
    </Card>
  );
}
