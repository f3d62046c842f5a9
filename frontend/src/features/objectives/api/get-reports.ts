import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type Report = ResponseBody<'/api/v1/people', 'get'>['items'][number];

/** A manager's direct reports, by name. */
export function getReports(managerId: string): Promise<Report[]> {
  return unwrap(
    api.GET('/api/v1/people', { params: { query: { managerId, size: 200, sort: 'name' } } }),
  ).then((page) => page.items);
}

export const reportsQueryOptions = (managerId: string) =>
  queryOptions({
    queryKey: ['people', 'reports', 'objectives', managerId],
    queryFn: () => getReports(managerId),
  });

export function useReports(managerId: string, enabled = true) {
  return useQuery({ ...reportsQueryOptions(managerId), enabled });
}
