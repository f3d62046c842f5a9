import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type Objective = ResponseBody<'/api/v1/objectives/{id}', 'get'>;
export type KeyResult = Objective['keyResults'][number];
export type CheckInsPage = ResponseBody<'/api/v1/objectives/{id}/check-ins', 'get'>;
export type CheckIn = CheckInsPage['items'][number];

export function getObjective(id: string): Promise<Objective> {
  return unwrap(api.GET('/api/v1/objectives/{id}', { params: { path: { id } } }));
}

/** The five most recent check-ins (the API lists newest first). */
export function getRecentCheckIns(id: string): Promise<CheckInsPage> {
  return unwrap(
    api.GET('/api/v1/objectives/{id}/check-ins', {
      params: { path: { id }, query: { size: 5 } },
    }),
  );
}

export const objectiveQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['objectives', 'detail', id], queryFn: () => getObjective(id) });

export const recentCheckInsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['objectives', 'check-ins', id, 'recent'],
    queryFn: () => getRecentCheckIns(id),
  });

export function useObjective(id: string) {
  return useQuery(objectiveQueryOptions(id));
}

export function useRecentCheckIns(id: string) {
  return useQuery(recentCheckInsQueryOptions(id));
}
