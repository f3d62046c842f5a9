import { useParams } from 'react-router';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { ObjectiveDetail } from '@/features/objectives/components/objective-detail';

export function ObjectiveRoute() {
  const { objectiveId = '' } = useParams();
  return (
    <ErrorBoundary title="This objective could not be shown">
      <ObjectiveDetail key={objectiveId} objectiveId={objectiveId} />
    </ErrorBoundary>
  );
}
