import { ErrorBoundary } from '@/components/ui/error-boundary';
import {
  ObjectivesNeedingCheckIn,
  ReportsObjectivesAtRisk,
} from '@/features/objectives/components/home-objectives';
import { WelcomeCard } from '@/features/home/components/welcome-card';
import { useAuth } from '@/lib/auth';
import { HomeSessions } from '@/features/sessions/components/home-sessions';
import { NeedsYou } from '@/features/tasks/components/needs-you';

export function HomeRoute() {
  const { person } = useAuth();
  return (
    <div className="stack">
      <ErrorBoundary title="Your tasks could not be shown">
        <NeedsYou />
      </ErrorBoundary>
      <ErrorBoundary title="Your home page could not be shown">
        <WelcomeCard />
      </ErrorBoundary>
      <ErrorBoundary title="Your 1:1s could not be shown">
        <HomeSessions />
      </ErrorBoundary>
      <ErrorBoundary title="Objectives needing a check-in could not be shown">
        <ObjectivesNeedingCheckIn />
      </ErrorBoundary>
      {(person?.reportCount ?? 0) > 0 && (
        <ErrorBoundary title="Your reports' objectives at risk could not be shown">
          <ReportsObjectivesAtRisk />
        </ErrorBoundary>
      )}
    </div>
  );
}
