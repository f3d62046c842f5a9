import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type Period = ResponseBody<'/api/v1/periods', 'get'>['items'][number];

/** All periods, newest first. */
export function getPeriods(): Promise<Period[]> {
  return unwrap(
    api.GET('/api/v1/periods', { params: { query: { size: 200, sort: '-startDate' } } }),
  ).then((page) => page.items);
}

export const periodsQueryOptions = () =>
  queryOptions({ queryKey: ['periods', 'objectives'], queryFn: getPeriods });

export function usePeriods() {
  return useQuery(periodsQueryOptions());
}

/** The current period, else the newest one. */
export function currentPeriod(periods: Period[]): Period | undefined {
  return periods.find((period) => period.current) ?? periods[0];
}

/** The period that ended last before the current one starts. */
export function previousPeriod(periods: Period[]): Period | undefined {
  const current = currentPeriod(periods);
  if (!current) return undefined;
  return periods
    .filter((period) => period.endDate < current.startDate)
    .sort((a, b) => b.endDate.localeCompare(a.endDate))[0];
}
