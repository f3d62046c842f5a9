import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { usePeriodOptions } from '@/features/cascade/api/get-cascade-filters';
import { CascadeWorkspace } from '@/features/cascade/components/cascade-workspace';
import { useCascadeFilters } from '@/features/cascade/hooks/use-cascade-filters';
import { useAuth } from '@/lib/auth';
import styles from '@/features/cascade/components/cascade.module.css';

/** The Cascade page: picks the period (the URL's, else the current one), then the workspace. */
export function CascadeExplorer() {
  const { filters, setFilter } = useCascadeFilters();
  const periods = usePeriodOptions();
  const { isAdmin } = useAuth();

  if (periods.isPending) return <LoadingState label="Loading the cascade…" />;
  if (periods.isError)
    return (
      <ErrorState
        title="The periods could not be loaded"
        error={periods.error}
        onRetry={() => periods.refetch()}
      />
    );
  const items = periods.data.items;
  const period =
    items.find((item) => item.id === filters.periodId) ??
    items.find((item) => item.current) ??
    items[0];
  if (!period)
    return (
      <EmptyState
        title="No periods yet"
        action={
          isAdmin ? (
            <Link to="/admin/periods" className="btn btn-primary">
              Create a period
            </Link>
          ) : undefined
        }
      >
        Objectives belong to a period such as a quarter.{' '}
        {isAdmin ? 'Create one to start.' : 'Ask an admin to create one.'}
      </EmptyState>
    );
  return (
    <div className={styles.cascadeExplorer}>
      <CascadeWorkspace period={period} filters={filters} setFilter={setFilter} />
    </div>
  );
}
