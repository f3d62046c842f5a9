import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { QueryParams, ResponseBody } from '@/lib/api-types';

export type PeoplePage = ResponseBody<'/api/v1/people', 'get'>;
export type Person = PeoplePage['items'][number];
export type PeopleQuery = QueryParams<'/api/v1/people', 'get'>;

export function getPeople(query: PeopleQuery): Promise<PeoplePage> {
  return unwrap(api.GET('/api/v1/people', { params: { query } }));
}

export const peopleQueryOptions = (query: PeopleQuery) =>
  queryOptions({
    queryKey: ['people', 'list', query],
    queryFn: () => getPeople(query),
    placeholderData: keepPreviousData,
  });

export function usePeople(query: PeopleQuery) {
  return useQuery(peopleQueryOptions(query));
}
