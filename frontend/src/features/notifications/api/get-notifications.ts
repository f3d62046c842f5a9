import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type NotificationsPage = ResponseBody<'/api/v1/notifications', 'get'>;
export type Notification = NotificationsPage['items'][number];

export function getNotifications(unread: boolean, page: number): Promise<NotificationsPage> {
  return unwrap(
    api.GET('/api/v1/notifications', { params: { query: { unread, page, size: 20 } } }),
  );
}

export const notificationsQueryOptions = (unread: boolean, page: number) =>
  queryOptions({
    queryKey: ['notifications', 'list', { unread, page }],
    queryFn: () => getNotifications(unread, page),
    placeholderData: keepPreviousData,
  });

export function useNotifications(unread: boolean, page: number) {
  return useQuery(notificationsQueryOptions(unread, page));
}

export function getUnreadCount(): Promise<number> {
  return unwrap(api.GET('/api/v1/notifications/unread-count')).then((body) => body.unread);
}

export const unreadCountQueryOptions = () =>
  queryOptions({ queryKey: ['notifications', 'unread-count'], queryFn: getUnreadCount });

export function useUnreadCount() {
  return useQuery(unreadCountQueryOptions());
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/notifications/read-all')),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
