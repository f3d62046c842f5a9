import { ErrorBoundary } from '@/components/ui/error-boundary';
import { WelcomeCard } from '@/features/home/components/welcome-card';
import { HomeSessions } from '@/features/sessions/components/home-sessions';

export function HomeRoute() {
  return (
    <ErrorBoundary title="Your home page could not be shown">
      <WelcomeCard />
      <ErrorBoundary title="Your 1:1s could not be shown">
        <HomeSessions />
      </ErrorBoundary>
    </ErrorBoundary>
  );
}
