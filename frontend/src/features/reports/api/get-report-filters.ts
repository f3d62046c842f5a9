import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type PeriodOption = ResponseBody<'/api/v1/periods', 'get'>['items'][number];
export type TeamOption = ResponseBody<'/api/v1/teams', 'get'>['items'][number];

/** Periods and teams for the report filters (one page of the maximum size each). */
export async function getReportFilterOptions() {
  const [periods, teams] = await Promise.all([
    unwrap(api.GET('/api/v1/periods', { params: { query: { size: 200, sort: '-startDate' } } })),
    unwrap(api.GET('/api/v1/teams', { params: { query: { size: 200, sort: 'name' } } })),
  ]);
  return { periods: periods.items, teams: teams.items };
}

export const reportFilterOptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['reports', 'filter-options'],
    queryFn: getReportFilterOptions,
    staleTime: 60_000,
  });

export function useReportFilterOptions() {
  return useQuery(reportFilterOptionsQueryOptions());
}
