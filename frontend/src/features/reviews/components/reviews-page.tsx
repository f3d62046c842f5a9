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
import styles from '@/features/reviews/components/reviews.module.css';

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

/** How many reviews of a tab wait for the caller's part (not yet submitted). */
function pending(items: ReviewListItem[] | undefined): number {
  return (items ?? []).filter((item) => item.myStatus && item.myStatus !== 'SUBMITTED').length;
}

/**
 * The Reviews page: reviews about me, and the ones I write as manager or peer. It opens on "To
 * write" when something waits there; each tab shows how many wait for the caller.
 */
export function ReviewsPage() {
  const [chosen, setChosen] = useState<ReviewScope | null>(null);
  const mine = useReviews('mine');
  const toWrite = useReviews('to-write');
  const counts: Record<string, number> = {
    mine: pending(mine.data?.items),
    'to-write': pending(toWrite.data?.items),
  };
  const scope: ReviewScope = chosen ?? (counts['to-write'] > 0 ? 'to-write' : 'mine');
  const reviews = scope === 'mine' ? mine : toWrite;
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
            onClick={() => setChosen(t.scope)}
          >
            {t.label}
            {counts[t.scope] > 0 && (
              <>
                {' '}
                <Badge tone="accent">{counts[t.scope]}</Badge>
                <span className="visually-hidden"> waiting for you</span>
              </>
            )}
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
              <td className={isOverdue(item.dueAt) ? `${styles.textDanger} nowrap` : 'nowrap'}>
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
