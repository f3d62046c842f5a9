import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody, ResponseBody } from '@/lib/api-types';

export type SessionSettings = ResponseBody<'/api/v1/session-settings', 'get'>;
export type SessionSettingsRequest = RequestBody<'/api/v1/session-settings', 'put'>;

export function getSessionSettings(): Promise<SessionSettings> {
  return unwrap(api.GET('/api/v1/session-settings'));
}

export const sessionSettingsQueryOptions = () =>
  queryOptions({ queryKey: ['session-settings'], queryFn: getSessionSettings });

export function useSessionSettings() {
  return useQuery(sessionSettingsQueryOptions());
}

export function useUpdateSessionSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionSettingsRequest) =>
      unwrap(api.PUT('/api/v1/session-settings', { body })),
    onSuccess: (settings) =>
      queryClient.setQueryData(sessionSettingsQueryOptions().queryKey, settings),
  });
}
