import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type CadencePage = ResponseBody<'/api/v1/one-to-ones/cadence', 'get'>;
export type CadenceEntry = CadencePage['items'][number];

export function getCadence(managerId: string): Promise<CadencePage> {
  return unwrap(
    api.GET('/api/v1/one-to-ones/cadence', { params: { query: { managerId, size: 200 } } }),
  );
}

export const cadenceQueryOptions = (managerId: string) =>
  queryOptions({
    queryKey: ['sessions', 'cadence', managerId],
    queryFn: () => getCadence(managerId),
  });

export function useCadence(managerId: string, enabled: boolean) {
  return useQuery({ ...cadenceQueryOptions(managerId), enabled });
}
