import { Link } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { OrgChartTree } from '@/features/people/components/org-chart-tree';

export function OrgChartRoute() {
  return (
    <>
      <PageHeader
        title="Org chart"
        description="Reporting lines across the organization. Use the arrows to expand or collapse a team."
        breadcrumb={<Link to="/people">← People</Link>}
      />
      <ErrorBoundary title="The org chart could not be shown">
        <OrgChartTree />
      </ErrorBoundary>
    </>
  );
}
