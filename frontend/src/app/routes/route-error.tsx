import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import styles from '@/components/layouts/auth-layout.module.css';

/** Last-resort page when a route fails outside any region boundary. */
export function RouteErrorPage() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unexpected error';
  return (
    <div className={styles.page}>
      <main className={styles.card} role="alert">
        <h1 className={styles.title}>Something went wrong</h1>
        <p>{message}</p>
        <Link to="/" className="btn btn-primary">
          Go to Home
        </Link>
      </main>
    </div>
  );
}
