import { ErrorBoundary } from '@/components/ui/error-boundary';
import { WelcomeCard } from '@/features/home/components/welcome-card';

export function HomeRoute() {
  return (
    <ErrorBoundary title="Your home page could not be shown">
      <WelcomeCard />
    </ErrorBoundary>
  );
}
