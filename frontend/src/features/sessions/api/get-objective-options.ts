import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type ObjectivesPage = ResponseBody<'/api/v1/objectives', 'get'>;

/** Active objectives of one person that the caller may see, to link to a session. */
export function getObjectiveOptions(ownerId: string): Promise<ObjectivesPage> {
  return unwrap(
    api.GET('/api/v1/objectives', { params: { query: { ownerId, status: ['ACTIVE'], size: 50 } } }),
  );
}

export function useObjectiveOptions(ownerIds: string[], enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: ['sessions', 'objective-options', ownerIds],
      queryFn: async () =>
        (await Promise.all(ownerIds.map(getObjectiveOptions))).flatMap((p) => p.items),
      enabled,
    }),
  );
}
