import '@/features/reviews/components/reviews.css';
import { useState } from 'react';
import { Link } from 'react-router';
import { Badge, Card } from '@/components/ui/card';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import {
  useReviews,
  type ReviewListItem,
  type ReviewScope,
} from '@/features/reviews/api/get-reviews';
import {
  STATE_LABELS,
  STATUS_LABELS,
  formatDue,
  formatRating,
  isOverdue,
} from '@/features/reviews/components/format';

const ROLE_NOTES: Record<string, string> = {
  PEER: 'peer',
  MANAGER: 'manager',
  SKIP_LEVEL: 'to sign off',
};

const TABS: { scope: ReviewScope; label: string; empty: string }[] = [
  { scope: 'mine', label: 'About me', empty: 'No reviews about you yet.' },
  {
    scope: 'to-write',
    label: 'To write',
    empty: 'Nothing to write: reviews of your reports and peer requests show up here.',
  },
];

/** The Reviews page: reviews about me, and the ones I write as manager or peer. */
export function ReviewsPage() {
  const [scope, setScope] = useState<ReviewScope>('mine');
  const reviews = useReviews(scope);
  const tab = TABS.find((t) => t.scope === scope) ?? TABS[0];
  return (
    <>
      <div className="tabs" role="tablist" aria-label="Reviews">
        {TABS.map((t) => (
          <button
            key={t.scope}
            type="button"
            role="tab"
            aria-selected={t.scope === scope}
            className={`tab${t.scope === scope ? ' active' : ''}`}
            onClick={() => setScope(t.scope)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <Card>
        {reviews.isPending ? (
          <LoadingState label="Loading reviews…" />
        ) : reviews.isError ? (
          <ErrorState
            title="Reviews could not be loaded"
            error={reviews.error}
            onRetry={() => reviews.refetch()}
          />
        ) : reviews.data.items.length === 0 ? (
          <EmptyState title={tab.empty} />
        ) : (
          <ReviewsTable items={reviews.data.items} scope={scope} />
        )}
      </Card>
    </>
  );
}

function ReviewsTable({ items, scope }: { items: ReviewListItem[]; scope: ReviewScope }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">
          {scope === 'mine' ? 'Reviews about me' : 'Reviews to write'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Review</th>
            {scope !== 'mine' && <th scope="col">Reviewee</th>}
            <th scope="col">Step</th>
            <th scope="col">My part</th>
            <th scope="col">Due</th>
            <th scope="col">Rating</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link to={`/reviews/${item.id}`}>
                  {item.cycle.name}
                  {scope !== 'mine' && (
                    <span className="visually-hidden"> — {item.reviewee.name}</span>
                  )}
                </Link>{' '}
                <Badge tone="muted">{item.kind === 'THREE_SIXTY' ? '360' : 'Appraisal'}</Badge>
              </td>
              {scope !== 'mine' && (
                <td>
                  {item.reviewee.name}{' '}
                  <span className="muted small">({ROLE_NOTES[item.myRole] ?? 'admin'})</span>
                </td>
              )}
              <td>
                <Badge tone="accent">{STATE_LABELS[item.state]}</Badge>
              </td>
              <td>{item.myStatus ? STATUS_LABELS[item.myStatus] : '—'}</td>
              <td className={isOverdue(item.dueAt) ? 'text-danger nowrap' : 'nowrap'}>
                {formatDue(item.dueAt)}
              </td>
              <td>{formatRating(item.overallRating)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
