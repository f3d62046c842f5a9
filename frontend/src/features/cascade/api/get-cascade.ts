import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { QueryParams, ResponseBody } from '@/lib/api-types';

export type Cascade = ResponseBody<'/api/v1/cascade', 'get'>;
export type CascadeNode = Cascade['nodes'][number];
export type CascadeCoverage = Cascade['summary']['coverage'];
export type Health = CascadeNode['health'];
export type CascadeQuery = QueryParams<'/api/v1/cascade', 'get'>;

export function getCascade(query: CascadeQuery): Promise<Cascade> {
  return unwrap(api.GET('/api/v1/cascade', { params: { query } }));
}

/** Drops unset filters so equal filters share one cache entry. */
function compact(query: CascadeQuery): CascadeQuery {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== ''),
  ) as CascadeQuery;
}

export const cascadeQueryOptions = (query: CascadeQuery) => {
  const params = compact(query);
  return queryOptions({
    queryKey: ['cascade', params],
    queryFn: () => getCascade(params),
    // The time slider and the filters keep showing the previous tree while the next one loads.
    placeholderData: keepPreviousData,
  });
};

export function useCascade(query: CascadeQuery) {
  return useQuery(cascadeQueryOptions(query));
}
