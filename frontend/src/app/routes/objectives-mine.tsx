import { ErrorBoundary } from '@/components/ui/error-boundary';
import { MyObjectives } from '@/features/objectives/components/my-objectives';

export function MyObjectivesRoute() {
  return (
    <ErrorBoundary title="Your objectives could not be shown">
      <MyObjectives />
    </ErrorBoundary>
  );
}
