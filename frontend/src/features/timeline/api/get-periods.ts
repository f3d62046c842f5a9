import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The organization's periods, newest first, for the history's period filter. */
export function getTimelinePeriods() {
  return unwrap(
    api.GET('/api/v1/periods', { params: { query: { size: 200, sort: '-startDate' } } }),
  ).then((page) => page.items);
}

export const timelinePeriodsQueryOptions = () =>
  queryOptions({
    queryKey: ['periods', 'timeline-filter'],
    queryFn: getTimelinePeriods,
    staleTime: 60_000,
  });

export function useTimelinePeriods() {
  return useQuery(timelinePeriodsQueryOptions());
}
