import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type Me = ResponseBody<'/api/v1/me', 'get'>;

/** The signed-in person (shares the ['me'] cache entry with the rest of the app). */
export function getMe(): Promise<Me> {
  return unwrap(api.GET('/api/v1/me'));
}

export function useMe() {
  return useQuery(queryOptions({ queryKey: ['me'], queryFn: getMe }));
}
