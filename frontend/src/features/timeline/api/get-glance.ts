import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type Glance = ResponseBody<'/api/v1/people/{id}/glance', 'get'>;

export function getGlance(personId: string): Promise<Glance> {
  return unwrap(api.GET('/api/v1/people/{id}/glance', { params: { path: { id: personId } } }));
}

export const glanceQueryOptions = (personId: string) =>
  queryOptions({ queryKey: ['people', personId, 'glance'], queryFn: () => getGlance(personId) });

export function useGlance(personId: string) {
  return useQuery(glanceQueryOptions(personId));
}
