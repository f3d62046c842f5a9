import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { QueryParams, ResponseBody } from '@/lib/api-types';

export type TimelinePage = ResponseBody<'/api/v1/people/{id}/timeline', 'get'>;
export type TimelineItem = TimelinePage['items'][number];
export type TimelineKind = TimelineItem['kind'];
export type TimelineQuery = NonNullable<QueryParams<'/api/v1/people/{id}/timeline', 'get'>>;

export function getTimeline(personId: string, query: TimelineQuery): Promise<TimelinePage> {
  return unwrap(
    api.GET('/api/v1/people/{id}/timeline', { params: { path: { id: personId }, query } }),
  );
}

export const timelineQueryOptions = (personId: string, query: TimelineQuery) =>
  queryOptions({
    queryKey: ['people', personId, 'timeline', query],
    queryFn: () => getTimeline(personId, query),
    placeholderData: keepPreviousData,
  });

export function useTimeline(personId: string, query: TimelineQuery) {
  return useQuery(timelineQueryOptions(personId, query));
}
