import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import styles from '@/components/ui/states.module.css';

export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    // data-loading: what the browser tests wait to disappear before they measure a page.
    <div className={`${styles.state} ${styles.loading}`} role="status" data-loading>
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className={styles.state}>
      <p className={styles.title}>{title}</p>
      {children && <p>{children}</p>}
      {action}
    </div>
  );
}

export function ErrorState({
  title = 'Something went wrong',
  error,
  onRetry,
}: {
  title?: string;
  error?: unknown;
  onRetry?: () => void;
}) {
  const message =
    error instanceof Error && error.message ? error.message : 'Please try again in a moment.';
  return (
    <div className={`${styles.state} ${styles.error}`} role="alert">
      <p className={styles.title}>{title}</p>
      <p>{message}</p>
      {onRetry && (
        <Button size="sm" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
