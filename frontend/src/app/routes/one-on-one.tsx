import { useParams } from 'react-router';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { SessionDetail } from '@/features/sessions/components/session-detail';

export function OneOnOneRoute() {
  const { sessionId = '' } = useParams();
  return (
    <ErrorBoundary title="This session could not be shown">
      <SessionDetail key={sessionId} sessionId={sessionId} />
    </ErrorBoundary>
  );
}
