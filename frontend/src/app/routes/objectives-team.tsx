import { Link } from 'react-router';
import { useSeesTeamObjectives } from '@/app/use-sees-team-objectives';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { EmptyState } from '@/components/ui/states';
import { TeamObjectives } from '@/features/objectives/components/team-objectives';

export function TeamObjectivesRoute() {
  if (!useSeesTeamObjectives())
    return (
      <EmptyState
        title="Team objectives are for managers"
        action={
          <Link to="/objectives" className="btn btn-primary">
            Go to my objectives
          </Link>
        }
      >
        You see this page once people report to you.
      </EmptyState>
    );
  return (
    <ErrorBoundary title="Your team's objectives could not be shown">
      <TeamObjectives />
    </ErrorBoundary>
  );
}
