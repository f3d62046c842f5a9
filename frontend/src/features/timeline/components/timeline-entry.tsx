import { Link } from 'react-router';
import type { TimelineItem } from '@/features/timeline/api/get-timeline';
import { formatDate } from '@/lib/format-date';
import { KIND_LABELS } from './timeline-kinds';
import styles from './timeline.module.css';

function summary(item: TimelineItem): string | null {
  switch (item.kind) {
    case 'OBJECTIVE':
      return `${item.status?.toLowerCase() ?? ''} · ${item.progress ?? 0} % · ${item.period?.name ?? ''}`;
    case 'CHECK_INS':
      return `${item.count} check-in${item.count === 1 ? '' : 's'}, now at ${item.progress ?? 0} %`;
    case 'ONE_TO_ONE':
      return item.person ? `with ${item.person.name}` : null;
    case 'REVIEW':
      return item.rating == null ? 'Shared' : `Overall rating ${item.rating}`;
    default:
      return item.detail ?? null;
  }
}

function href(item: TimelineItem): string | null {
  if (!item.refId) return null;
  if (item.kind === 'OBJECTIVE' || item.kind === 'CHECK_INS') return `/objectives/${item.refId}`;
  if (item.kind === 'ONE_TO_ONE') return `/one-on-ones/${item.refId}`;
  if (item.kind === 'REVIEW') return `/reviews/${item.refId}`;
  if (item.kind === 'FEEDBACK' || item.kind === 'PRAISE') return `/feedback/${item.refId}`;
  return null;
}

export function TimelineEntry({ item }: { item: TimelineItem }) {
  const link = href(item);
  const text = summary(item);
  return (
    <li className={styles.entry}>
      <time dateTime={item.occurredAt} className={styles.when}>
        {formatDate(item.occurredAt)}
      </time>
      <div className={styles.what}>
        <span className={styles.kind}>{KIND_LABELS[item.kind]}</span>{' '}
        {link ? <Link to={link}>{item.title}</Link> : <span>{item.title}</span>}
        {text && <p className={styles.detail}>{text}</p>}
      </div>
    </li>
  );
}
