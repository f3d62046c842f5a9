import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The caller's direct reports: the people a manager may ask feedback about. */
export function getMyReports(meId: string) {
  return unwrap(
    api.GET('/api/v1/people/{id}/reports', {
      params: { path: { id: meId }, query: { size: 200 } },
    }),
  );
}

export const myReportsQueryOptions = (meId: string) =>
  queryOptions({ queryKey: ['feedback', 'reports', meId], queryFn: () => getMyReports(meId) });

export function useMyReports(meId: string, enabled: boolean) {
  return useQuery({ ...myReportsQueryOptions(meId), enabled });
}
