import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody, ResponseBody } from '@/lib/api-types';

export type NotificationPreferences = ResponseBody<'/api/v1/notification-preferences', 'get'>;
export type NotificationPreference = NotificationPreferences[number];
export type PreferencesUpdate = RequestBody<'/api/v1/notification-preferences', 'put'>;

export function getPreferences(): Promise<NotificationPreferences> {
  return unwrap(api.GET('/api/v1/notification-preferences'));
}

export const preferencesQueryOptions = () =>
  queryOptions({ queryKey: ['notification-preferences'], queryFn: getPreferences });

export function usePreferences() {
  return useQuery(preferencesQueryOptions());
}

export function useUpdatePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PreferencesUpdate) =>
      unwrap(api.PUT('/api/v1/notification-preferences', { body })),
    onSuccess: (data) => client.setQueryData(['notification-preferences'], data),
  });
}

export function unsubscribe(token: string) {
  return unwrap(api.POST('/api/v1/notifications/unsubscribe', { body: { token } }));
}
