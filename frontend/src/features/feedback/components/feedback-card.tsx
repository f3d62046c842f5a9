import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/card';
import { RichText } from '@/components/ui/rich-text';
import type { FeedbackItem } from '@/features/feedback/api/get-feedback';
import styles from '@/features/feedback/components/feedback-card.module.css';
import { VISIBILITY_LABELS } from '@/features/feedback/components/format';
import { formatDate } from '@/lib/format-date';

/** One piece of feedback or praise: who to whom, when, the text, values, links and reactions. */
export function FeedbackCard({ item, footer }: { item: FeedbackItem; footer?: ReactNode }) {
  return (
    <article
      className={styles.card}
      aria-label={`${item.praise ? 'Praise' : 'Feedback'} for ${item.recipient.name}`}
    >
      <div className={styles.header}>
        <span>
          <Link to={`/people/${item.giver.id}`}>{item.giver.name}</Link> →{' '}
          <Link to={`/people/${item.recipient.id}`}>{item.recipient.name}</Link>
        </span>
        <Badge tone={item.praise ? 'accent' : 'muted'}>{VISIBILITY_LABELS[item.visibility]}</Badge>
        <span className={styles.meta}>{formatDate(item.createdAt)}</span>
      </div>
      {item.inAnswerTo && (
        <p className={styles.context}>
          Asked by {item.inAnswerTo.requester.name}: “{item.inAnswerTo.prompt}”
        </p>
      )}
      {item.contentVisible && item.bodyHtml ? (
        <RichText html={item.bodyHtml} />
      ) : (
        <p className={styles.hidden}>
          Only its giver, recipient and those they share it with read this.
        </p>
      )}
      {item.values.length > 0 && (
        <ul className={styles.values} aria-label="Company values">
          {item.values.map((value) => (
            <li key={value.id} className={styles.value}>
              {value.name}
            </li>
          ))}
        </ul>
      )}
      {(item.objective || item.session || item.cycle) && (
        <p className={styles.context}>
          {item.objective && (
            <>
              About <Link to={`/objectives/${item.objective.id}`}>{item.objective.name}</Link>{' '}
            </>
          )}
          {item.session && (
            <>
              From the <Link to={`/one-on-ones/${item.session.id}`}>1:1</Link> on{' '}
              {formatDate(item.session.startsAt)}{' '}
            </>
          )}
          {item.cycle && <>For {item.cycle.name}</>}
        </p>
      )}
      {footer}
    </article>
  );
}
