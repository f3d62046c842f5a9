import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type PraisePage = ResponseBody<'/api/v1/praise', 'get'>;
export type WallFilter = { personId?: string; teamId?: string; valueId?: string };

export function getPraise(filter: WallFilter, page: number, size = 20): Promise<PraisePage> {
  return unwrap(api.GET('/api/v1/praise', { params: { query: { ...filter, page, size } } }));
}

export const praiseQueryOptions = (filter: WallFilter, page: number, size = 20) =>
  queryOptions({
    queryKey: ['feedback', 'praise', filter, page, size],
    queryFn: () => getPraise(filter, page, size),
    placeholderData: keepPreviousData,
  });

export function usePraise(filter: WallFilter, page: number, size = 20) {
  return useQuery(praiseQueryOptions(filter, page, size));
}
