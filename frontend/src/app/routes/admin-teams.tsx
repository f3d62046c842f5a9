import { ErrorBoundary } from '@/components/ui/error-boundary';
import { TeamsAdmin } from '@/features/admin/components/teams-admin';

export function AdminTeamsRoute() {
  return (
    <ErrorBoundary title="Team administration could not be shown">
      <TeamsAdmin />
    </ErrorBoundary>
  );
}
