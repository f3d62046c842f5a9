import { useParams } from 'react-router';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { PersonPraise } from '@/features/feedback/components/person-praise';
import { PersonProfile } from '@/features/people/components/person-profile';
import { PersonSessions } from '@/features/sessions/components/person-sessions';
import { PerformanceGlance } from '@/features/timeline/components/performance-glance';
import { PersonTimeline } from '@/features/timeline/components/person-timeline';

export function PersonRoute() {
  const { personId = '' } = useParams();
  return (
    <ErrorBoundary title="This profile could not be shown">
      <PersonProfile key={personId} personId={personId} />
      <ErrorBoundary title="Performance at a glance could not be shown">
        <PerformanceGlance key={personId} personId={personId} />
      </ErrorBoundary>
      <ErrorBoundary title="The performance history could not be shown">
        <PersonTimeline key={personId} personId={personId} />
      </ErrorBoundary>
      <ErrorBoundary title="Praise could not be shown">
        <PersonPraise key={personId} personId={personId} />
      </ErrorBoundary>
      <ErrorBoundary title="Your 1:1s together could not be shown">
        <PersonSessions key={personId} personId={personId} />
      </ErrorBoundary>
    </ErrorBoundary>
  );
}
