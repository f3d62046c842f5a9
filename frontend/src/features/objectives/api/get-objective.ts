import { queryOptions, useQuery } from '@tanstack/react-query';
import { objectiveKeys } from '@/features/objectives/api/keys';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type Objective = ResponseBody<'/api/v1/objectives/{id}', 'get'>;
export type KeyResult = Objective['keyResults'][number];
export type ObjectivePermissions = Objective['permissions'];
export type Health = Objective['health'];
export type ObjectiveStatus = Objective['status'];
export type ObjectiveLevel = Objective['level'];
export type KeyResultKind = KeyResult['kind'];

export function getObjective(id: string): Promise<Objective> {
  return unwrap(api.GET('/api/v1/objectives/{id}', { params: { path: { id } } }));
}

export const objectiveQueryOptions = (id: string) =>
  queryOptions({ queryKey: objectiveKeys.detail(id), queryFn: () => getObjective(id) });

export function useObjective(id: string) {
  return useQuery(objectiveQueryOptions(id));
}
