import { ErrorBoundary } from '@/components/ui/error-boundary';
import { PeopleAdmin } from '@/features/admin/components/people-admin';

export function AdminPeopleRoute() {
  return (
    <ErrorBoundary title="People administration could not be shown">
      <PeopleAdmin />
    </ErrorBoundary>
  );
}
