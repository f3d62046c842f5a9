import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/states';

export function NotFoundRoute() {
  return (
    <EmptyState
      title="Page not found"
      action={
        <Link to="/" className="btn btn-primary">
          Go to Home
        </Link>
      }
    >
      The page you are looking for does not exist or has moved.
    </EmptyState>
  );
}

export function ForbiddenPage() {
  return (
    <EmptyState
      title="You don't have access to this page"
      action={
        <Link to="/" className="btn btn-primary">
          Go to Home
        </Link>
      }
    >
      Only administrators can open the admin area.
    </EmptyState>
  );
}
