import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type CalendarFeed = ResponseBody<'/api/v1/calendar-feed', 'get'>;

export function getCalendarFeed(): Promise<CalendarFeed> {
  return unwrap(api.GET('/api/v1/calendar-feed'));
}

export const calendarFeedQueryOptions = () =>
  queryOptions({ queryKey: ['calendar-feed'], queryFn: getCalendarFeed });

export function useCalendarFeed() {
  return useQuery(calendarFeedQueryOptions());
}

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/calendar-feed')) as Promise<CalendarFeed>,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar-feed'] }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/calendar-feed')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar-feed'] }),
  });
}
