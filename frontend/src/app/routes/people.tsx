import { Link } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { PeopleDirectory } from '@/features/people/components/people-directory';

export function PeopleRoute() {
  return (
    <>
      <PageHeader
        title="People"
        description="Everyone in your organization."
        actions={
          <Link to="/people/org-chart" className="btn btn-secondary">
            View org chart
          </Link>
        }
      />
      <ErrorBoundary title="The directory could not be shown">
        <PeopleDirectory />
      </ErrorBoundary>
    </>
  );
}
