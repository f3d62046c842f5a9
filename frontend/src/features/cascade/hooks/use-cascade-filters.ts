import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type CascadeViewMode = 'map' | 'list';

export type CascadeFilters = {
  periodId?: string;
  teamId?: string;
  personId?: string;
  view: CascadeViewMode;
};

/** The page's filters and view live in the URL, so a link shows the same cascade. */
export function useCascadeFilters() {
  const [params, setParams] = useSearchParams();
  const filters: CascadeFilters = {
    periodId: params.get('period') ?? undefined,
    teamId: params.get('team') ?? undefined,
    personId: params.get('person') ?? undefined,
    view: params.get('view') === 'list' ? 'list' : 'map',
  };

  const setFilter = useCallback(
    (name: 'period' | 'team' | 'person' | 'view', value: string | undefined) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return { filters, setFilter };
}
