import { Link } from 'react-router';
import { useUnreadCount } from '@/features/notifications/api/get-notifications';
import styles from '@/features/notifications/components/notification-bell.module.css';

/** The bell in the top bar: unread count, kept live by the event stream; opens the notifications page. */
export function NotificationBell() {
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  const label = count === 0 ? 'Notifications' : `Notifications, ${count} unread`;
  return (
    <Link to="/notifications" className={styles.bell} aria-label={label} title={label}>
      <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" fill="none">
        <path
          d="M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15L6 16Zm4 4a2 2 0 0 0 4 0"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinejoin="round"
        />
      </svg>
      {count > 0 && (
        <span className={styles.count} aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
