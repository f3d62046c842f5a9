import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type PersonOption = ResponseBody<'/api/v1/people', 'get'>['items'][number];

/** Active people of the organization whose name, e-mail or title contains `q`, by name. */
export function searchPeople(q: string): Promise<PersonOption[]> {
  return unwrap(
    api.GET('/api/v1/people', { params: { query: { q: q || undefined, size: 10, sort: 'name' } } }),
  ).then((page) => page.items);
}

export const peopleSearchQueryOptions = (q: string) =>
  queryOptions({ queryKey: ['people', 'search', q], queryFn: () => searchPeople(q) });

export function usePeopleSearch(q: string, enabled: boolean) {
  return useQuery({ ...peopleSearchQueryOptions(q), enabled, placeholderData: keepPreviousData });
}
