import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useCascade } from '@/features/cascade/api/get-cascade';
import type { PeriodOption } from '@/features/cascade/api/get-cascade-filters';
import { CascadeContent } from '@/features/cascade/components/cascade-content';
import { CascadeFiltersBar } from '@/features/cascade/components/cascade-filters-bar';
import { TimeSlider } from '@/features/cascade/components/time-slider';
import type { CascadeFilters } from '@/features/cascade/hooks/use-cascade-filters';
import { useTimeTravel } from '@/features/cascade/hooks/use-time-travel';
import { endOfDay } from '@/lib/format-date';

/** The deepest depth the API accepts: the whole tree. */
const ALL_LEVELS = 50;

type Props = {
  period: PeriodOption;
  filters: CascadeFilters;
  setFilter: (name: 'period' | 'team' | 'person' | 'view', value: string | undefined) => void;
};

/** Loads the cascade for the filters and the slider's moment; keeps the last tree while loading. */
export function CascadeWorkspace({ period, filters, setFilter }: Props) {
  const time = useTimeTravel(period);
  const query = {
    periodId: period.id,
    teamId: filters.teamId,
    personId: filters.personId,
    // A past day is shown as of its end on the viewer's clock, not UTC's.
    asOf: time.requestedAsOf === undefined ? undefined : endOfDay(time.requestedAsOf),
  };
  // The first levels, until search, "Show my objectives" or "Expand all" needs every level.
  const [loadAll, setLoadAll] = useState(false);
  const cascade = useCascade(loadAll ? { ...query, depth: ALL_LEVELS } : query);
  const filtered = Boolean(filters.teamId || filters.personId);
  // Which filters the tree on screen answers (not the placeholder's): a new answer re-fits the map.
  const filterKey = `${period.id}|${filters.teamId ?? ''}|${filters.personId ?? ''}`;
  const [shownKey, setShownKey] = useState(filterKey);
  if (cascade.isSuccess && !cascade.isPlaceholderData && shownKey !== filterKey)
    setShownKey(filterKey);
  // Still on the previous answer while the slider's (or a filter's) one loads.
  const updating = cascade.isPlaceholderData || time.asOf !== time.requestedAsOf;

  let body;
  if (cascade.isPending) body = <LoadingState label="Loading the cascade…" />;
  else if (cascade.isError)
    body = (
      <ErrorState
        title="The cascade could not be loaded"
        error={cascade.error}
        onRetry={() => cascade.refetch()}
      />
    );
  else if (cascade.data.nodes.length === 0)
    body = filtered ? (
      <EmptyState
        title="Nothing matches these filters"
        action={
          <Button
            onClick={() => {
              setFilter('team', undefined);
              setFilter('person', undefined);
            }}
          >
            Clear filters
          </Button>
        }
      >
        No objective in {period.name} belongs to this team or person.
      </EmptyState>
    ) : (
      <EmptyState
        title={
          time.step?.asOf
            ? `No objectives in ${period.name} on ${time.step.label}`
            : `No objectives in ${period.name} yet`
        }
      >
        Company goals and the objectives aligned to them appear here once they are created.
      </EmptyState>
    );
  else
    body = (
      <CascadeContent
        cascade={cascade.data}
        query={query}
        complete={loadAll && !cascade.isPlaceholderData}
        onLoadAll={() => setLoadAll(true)}
        mapKey={shownKey}
        view={filters.view}
        onViewChange={(view) => setFilter('view', view === 'map' ? undefined : view)}
      />
    );

  return (
    <>
      <CascadeFiltersBar periodId={period.id} filters={filters} onChange={setFilter} />
      <TimeSlider
        steps={time.steps}
        index={time.index}
        loading={updating && !cascade.isPending}
        onChange={time.setIndex}
      />
      {body}
    </>
  );
}
