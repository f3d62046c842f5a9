import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type PersonDetail = ResponseBody<'/api/v1/people/{id}', 'get'>;

export function getPerson(id: string): Promise<PersonDetail> {
  return unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id } } }));
}

export const personQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['people', 'detail', id], queryFn: () => getPerson(id) });

export function usePerson(id: string) {
  return useQuery(personQueryOptions(id));
}
