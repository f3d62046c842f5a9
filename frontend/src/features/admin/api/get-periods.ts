import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type PeriodsPage = ResponseBody<'/api/v1/periods', 'get'>;
export type Period = PeriodsPage['items'][number];

export function getPeriods(): Promise<PeriodsPage> {
  return unwrap(
    api.GET('/api/v1/periods', { params: { query: { size: 200, sort: '-startDate' } } }),
  );
}

export const periodsQueryOptions = () =>
  queryOptions({ queryKey: ['periods', 'all'], queryFn: getPeriods });

export function usePeriods() {
  return useQuery(periodsQueryOptions());
}
