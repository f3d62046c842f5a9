import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { Badge, Card } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import {
  useFeedbackRequests,
  type FeedbackRequestItem,
  type RequestsScope,
} from '@/features/feedback/api/get-feedback-requests';
import { AnswerRequestDialog } from '@/features/feedback/components/answer-request-dialog';
import { DeclineRequestDialog } from '@/features/feedback/components/decline-request-dialog';
import styles from '@/features/feedback/components/feedback-card.module.css';
import { STATUS_LABELS } from '@/features/feedback/components/format';
import { formatDate } from '@/lib/format-date';

function RequestRow({
  request,
  scope,
  onAnswer,
  onDecline,
}: {
  request: FeedbackRequestItem;
  scope: RequestsScope;
  onAnswer: () => void;
  onDecline: () => void;
}) {
  const about = request.subject.id === request.requester.id ? 'themself' : request.subject.name;
  const title =
    scope === 'inbox'
      ? `${request.requester.name} asks about ${about}`
      : `${request.responder.name}, about ${request.subject.id === request.requester.id ? 'you' : request.subject.name}`;
  return (
    <li className={styles.card}>
      <div className={styles.header}>
        <strong>{title}</strong>
        <Badge tone={request.status === 'PENDING' ? 'accent' : 'muted'}>
          {STATUS_LABELS[request.status]}
        </Badge>
        {request.dueOn && (
          <span className={styles.meta}>
            {request.overdue ? 'Overdue since' : 'Due'} {formatDate(request.dueOn)}
          </span>
        )}
      </div>
      <p>“{request.prompt}”</p>
      {request.declineReason && <p className={styles.context}>Declined: {request.declineReason}</p>}
      {request.feedbackId && scope === 'sent' && (
        <p className={styles.context}>
          Answered {formatDate(request.answeredAt)} ·{' '}
          <Link to={`/feedback/${request.feedbackId}`}>Read the answer</Link>
        </p>
      )}
      {scope === 'inbox' && request.status === 'PENDING' && (
        <div className={styles.actions}>
          <Button size="sm" variant="primary" onClick={onAnswer}>
            Answer
          </Button>
          <Button size="sm" onClick={onDecline}>
            Decline
          </Button>
        </div>
      )}
    </li>
  );
}

/** Requests addressed to the caller (answer or decline) or sent by them. */
export function RequestsPanel({ scope, title }: { scope: RequestsScope; title: string }) {
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<{
    request: FeedbackRequestItem;
    action: 'answer' | 'decline';
  } | null>(null);
  const requests = useFeedbackRequests(scope, page);
  return (
    <Card title={title}>
      {requests.isPending ? (
        <LoadingState label="Loading requests…" />
      ) : requests.isError ? (
        <ErrorState error={requests.error} onRetry={() => requests.refetch()} />
      ) : requests.data.items.length === 0 ? (
        <EmptyState
          title={
            scope === 'inbox'
              ? 'Nobody is waiting for your feedback'
              : 'You have not asked anyone yet'
          }
        />
      ) : (
        <>
          <ul className={styles.list}>
            {requests.data.items.map((request) => (
              <RequestRow
                key={request.id}
                request={request}
                scope={scope}
                onAnswer={() => setOpen({ request, action: 'answer' })}
                onDecline={() => setOpen({ request, action: 'decline' })}
              />
            ))}
          </ul>
          <Pagination
            page={page}
            size={requests.data.size}
            total={requests.data.total}
            onPageChange={setPage}
          />
        </>
      )}
      {open?.action === 'answer' && (
        <AnswerRequestDialog request={open.request} onClose={() => setOpen(null)} />
      )}
      {open?.action === 'decline' && (
        <DeclineRequestDialog request={open.request} onClose={() => setOpen(null)} />
      )}
    </Card>
  );
}
