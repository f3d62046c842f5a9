import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody, ResponseBody } from '@/lib/api-types';
import type { components } from '@/lib/schema.gen';

export type ApiTokensPage = ResponseBody<'/api/v1/api-tokens', 'get'>;
export type ApiToken = ApiTokensPage['items'][number];
export type CreateApiTokenRequest = RequestBody<'/api/v1/api-tokens', 'post'>;
export type CreatedApiToken = components['schemas']['CreatedApiToken'];

export function getMyApiTokens(): Promise<ApiTokensPage> {
  return unwrap(api.GET('/api/v1/api-tokens', { params: { query: { size: 200 } } }));
}

export const myApiTokensQueryOptions = () =>
  queryOptions({ queryKey: ['api-tokens', 'mine'], queryFn: getMyApiTokens });

export function useMyApiTokens() {
  return useQuery(myApiTokensQueryOptions());
}

export function createApiToken(body: CreateApiTokenRequest): Promise<CreatedApiToken> {
  return unwrap(api.POST('/api/v1/api-tokens', { body })) as Promise<CreatedApiToken>;
}

export function revokeApiToken(id: string) {
  return unwrap(api.DELETE('/api/v1/api-tokens/{id}', { params: { path: { id } } }));
}

function useInvalidateMyTokens() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['api-tokens'] });
}

export function useCreateApiToken() {
  const onSuccess = useInvalidateMyTokens();
  return useMutation({ mutationFn: createApiToken, onSuccess });
}

export function useRevokeApiToken() {
  const onSuccess = useInvalidateMyTokens();
  return useMutation({ mutationFn: revokeApiToken, onSuccess });
}
