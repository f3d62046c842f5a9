import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type ReportsPage = ResponseBody<'/api/v1/people/{id}/reports', 'get'>;

export function getPersonReports(id: string): Promise<ReportsPage> {
  return unwrap(
    api.GET('/api/v1/people/{id}/reports', {
      params: { path: { id }, query: { size: 200, sort: 'name' } },
    }),
  );
}

export const personReportsQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['people', 'reports', id], queryFn: () => getPersonReports(id) });

export function usePersonReports(id: string) {
  return useQuery(personReportsQueryOptions(id));
}
