import { queryOptions, useQuery } from '@tanstack/react-query';
import { objectiveKeys } from '@/features/objectives/api/keys';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type ProgressSeries = ResponseBody<'/api/v1/objectives/{id}/progress-series', 'get'>;
export type ProgressPoint = ProgressSeries['points'][number];

export function getProgressSeries(id: string): Promise<ProgressSeries> {
  return unwrap(api.GET('/api/v1/objectives/{id}/progress-series', { params: { path: { id } } }));
}

export const progressSeriesQueryOptions = (id: string) =>
  queryOptions({ queryKey: objectiveKeys.series(id), queryFn: () => getProgressSeries(id) });

export function useProgressSeries(id: string) {
  return useQuery(progressSeriesQueryOptions(id));
}
