import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { objectiveKeys } from '@/features/objectives/api/keys';
import { api, unwrap } from '@/lib/api-client';
import type { QueryParams, ResponseBody } from '@/lib/api-types';

export type ObjectivesPage = ResponseBody<'/api/v1/objectives', 'get'>;
export type ObjectiveSummary = ObjectivesPage['items'][number];
export type ObjectivesQuery = QueryParams<'/api/v1/objectives', 'get'>;

export function getObjectives(query: ObjectivesQuery): Promise<ObjectivesPage> {
  return unwrap(api.GET('/api/v1/objectives', { params: { query } }));
}

export const objectivesQueryOptions = (query: ObjectivesQuery) =>
  queryOptions({
    queryKey: objectiveKeys.list(query),
    queryFn: () => getObjectives(query),
    placeholderData: keepPreviousData,
  });

export function useObjectives(query: ObjectivesQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...objectivesQueryOptions(query), ...options });
}
