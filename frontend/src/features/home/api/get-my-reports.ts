import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type MyReportsPage = ResponseBody<'/api/v1/people/{id}/reports', 'get'>;

export function getMyReports(personId: string): Promise<MyReportsPage> {
  return unwrap(
    api.GET('/api/v1/people/{id}/reports', {
      params: { path: { id: personId }, query: { size: 200, sort: 'name' } },
    }),
  );
}

export const myReportsQueryOptions = (personId: string) =>
  queryOptions({
    queryKey: ['people', 'reports', personId],
    queryFn: () => getMyReports(personId),
  });

export function useMyReports(personId: string, enabled: boolean) {
  return useQuery({ ...myReportsQueryOptions(personId), enabled });
}
