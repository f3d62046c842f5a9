import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import {
  useMarkAllRead,
  useMarkRead,
  useNotifications,
  useUnreadCount,
  type Notification,
} from '@/features/notifications/api/get-notifications';
import styles from '@/features/notifications/components/notifications-page.module.css';
import { formatDateTime } from '@/lib/format-date';

/** Every notification of the caller, newest first; opening one marks it read. */
export function NotificationsPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(0);
  const notifications = useNotifications(unreadOnly, page);
  const markAll = useMarkAllRead();
  const unread = useUnreadCount();
  const nothingUnread = unread.data === 0;
  return (
    <Card>
      <div className={styles.toolbar}>
        <label>
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => {
              setUnreadOnly(event.target.checked);
              setPage(0);
            }}
          />{' '}
          Unread only
        </label>
        <Button
          variant="secondary"
          onClick={() => markAll.mutate()}
          disabled={markAll.isPending || nothingUnread}
          title={nothingUnread ? 'Everything is read' : undefined}
        >
          Mark all read
        </Button>
      </div>
      {notifications.isPending ? (
        <LoadingState label="Loading notifications…" />
      ) : notifications.isError ? (
        <ErrorState
          title="Notifications could not be loaded"
          error={notifications.error}
          onRetry={() => notifications.refetch()}
        />
      ) : notifications.data.items.length === 0 ? (
        <EmptyState title={unreadOnly ? 'Nothing unread.' : 'No notifications yet.'} />
      ) : (
        <>
          <ul className={styles.list} aria-label="Notifications">
            {notifications.data.items.map((n) => (
              <NotificationRow key={n.id} notification={n} />
            ))}
          </ul>
          <Pagination
            page={page}
            size={notifications.data.size}
            total={notifications.data.total}
            onPageChange={setPage}
            label="Notification pages"
          />
        </>
      )}
    </Card>
  );
}

function NotificationRow({ notification }: { notification: Notification }) {
  const markRead = useMarkRead();
  const unread = notification.readAt == null;
  return (
    <li className={`${styles.item}${unread ? ` ${styles.unread}` : ''}`}>
      <span className={styles.dot} aria-hidden="true" />
      <div className={styles.body}>
        <Link
          className={styles.title}
          to={notification.link}
          onClick={() => unread && markRead.mutate(notification.id)}
        >
          {unread && <span className="visually-hidden">Unread: </span>}
          {notification.title}
        </Link>
        <span className={styles.meta}>{formatDateTime(notification.createdAt)}</span>
      </div>
      {unread && (
        <Button
          variant="ghost"
          size="sm"
          onClick={() => markRead.mutate(notification.id)}
          aria-label={`Mark read: ${notification.title}`}
        >
          Mark read
        </Button>
      )}
    </li>
  );
}
