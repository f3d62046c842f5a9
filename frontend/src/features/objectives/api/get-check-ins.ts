import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { objectiveKeys } from '@/features/objectives/api/keys';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type CheckInsPage = ResponseBody<'/api/v1/objectives/{id}/check-ins', 'get'>;
export type CheckIn = CheckInsPage['items'][number];

/** An objective's check-ins and its key results', newest first. */
export function getCheckIns(id: string, size: number): Promise<CheckInsPage> {
  return unwrap(
    api.GET('/api/v1/objectives/{id}/check-ins', {
      params: { path: { id }, query: { size } },
    }),
  );
}

export const checkInsQueryOptions = (id: string, size: number) =>
  queryOptions({
    queryKey: [...objectiveKeys.checkIns(id), size],
    queryFn: () => getCheckIns(id, size),
    placeholderData: keepPreviousData,
  });

export function useCheckIns(id: string, size = 10) {
  return useQuery(checkInsQueryOptions(id, size));
}
