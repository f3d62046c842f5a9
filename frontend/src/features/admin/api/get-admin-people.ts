import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { QueryParams, ResponseBody } from '@/lib/api-types';

export type AdminPeoplePage = ResponseBody<'/api/v1/people', 'get'>;
export type AdminPerson = AdminPeoplePage['items'][number];
type Query = QueryParams<'/api/v1/people', 'get'>;

/** People including inactive ones, for the admin list. */
export function getAdminPeople(query: Query): Promise<AdminPeoplePage> {
  return unwrap(
    api.GET('/api/v1/people', { params: { query: { ...query, includeInactive: true } } }),
  );
}

export const adminPeopleQueryOptions = (query: Query) =>
  queryOptions({
    queryKey: ['people', 'admin', query],
    queryFn: () => getAdminPeople(query),
    placeholderData: keepPreviousData,
  });

export function useAdminPeople(query: Query) {
  return useQuery(adminPeopleQueryOptions(query));
}
