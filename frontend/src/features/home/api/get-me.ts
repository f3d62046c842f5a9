import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type MeResponse = ResponseBody<'/api/v1/me', 'get'>;

export function getMe(): Promise<MeResponse> {
  return unwrap(api.GET('/api/v1/me'));
}

export const meQueryOptions = () => queryOptions({ queryKey: ['me'], queryFn: getMe });

export function useMe() {
  return useQuery(meQueryOptions());
}
