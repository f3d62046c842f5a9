import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type PeriodOption = ResponseBody<'/api/v1/periods', 'get'>['items'][number];
export type ReportFilterChoices = ResponseBody<'/api/v1/reports/filter-options', 'get'>;
export type ManagerOption = ReportFilterChoices['managers'][number];

/** Periods, and the managers and teams within the caller's scope, for the report filters. */
export async function getReportFilterOptions() {
  const [periods, choices] = await Promise.all([
    unwrap(api.GET('/api/v1/periods', { params: { query: { size: 200, sort: '-startDate' } } })),
    unwrap(api.GET('/api/v1/reports/filter-options')),
  ]);
  return { periods: periods.items, managers: choices.managers, teams: choices.teams };
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
