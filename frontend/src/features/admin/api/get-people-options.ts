import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

type Page = ResponseBody<'/api/v1/people', 'get'>;

/** Active people for manager and lead pickers. */
export function getPeopleOptions(): Promise<Page> {
  return unwrap(api.GET('/api/v1/people', { params: { query: { size: 200, sort: 'name' } } }));
}

export const peopleOptionsQueryOptions = () =>
  queryOptions({ queryKey: ['people', 'options'], queryFn: getPeopleOptions });

export function usePeopleOptions() {
  return useQuery(peopleOptionsQueryOptions());
}
