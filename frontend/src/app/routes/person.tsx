import { useParams } from 'react-router';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { PersonProfile } from '@/features/people/components/person-profile';

export function PersonRoute() {
  const { personId = '' } = useParams();
  return (
    <ErrorBoundary title="This profile could not be shown">
      <PersonProfile key={personId} personId={personId} />
    </ErrorBoundary>
  );
}
