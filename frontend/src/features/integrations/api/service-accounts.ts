import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody, ResponseBody } from '@/lib/api-types';
import type {
  CreateApiTokenRequest,
  CreatedApiToken,
} from '@/features/integrations/api/api-tokens';

export type ServiceAccountsPage = ResponseBody<'/api/v1/service-accounts', 'get'>;
export type ServiceAccount = ServiceAccountsPage['items'][number];
export type ServiceAccountRequest = RequestBody<'/api/v1/service-accounts', 'post'>;
export type ServiceAccountUpdate = RequestBody<'/api/v1/service-accounts/{id}', 'put'>;

export function getServiceAccounts(): Promise<ServiceAccountsPage> {
  return unwrap(api.GET('/api/v1/service-accounts', { params: { query: { size: 200 } } }));
}

export const serviceAccountsQueryOptions = () =>
  queryOptions({ queryKey: ['service-accounts', 'all'], queryFn: getServiceAccounts });

export function useServiceAccounts() {
  return useQuery(serviceAccountsQueryOptions());
}

export function getServiceAccountTokens(id: string) {
  return unwrap(
    api.GET('/api/v1/service-accounts/{id}/tokens', {
      params: { path: { id }, query: { size: 200 } },
    }),
  );
}

export const serviceAccountTokensQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['service-accounts', id, 'tokens'],
    queryFn: () => getServiceAccountTokens(id),
  });

export function useServiceAccountTokens(id: string) {
  return useQuery(serviceAccountTokensQueryOptions(id));
}

function useInvalidateServiceAccounts() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['service-accounts'] });
}

export function useSaveServiceAccount() {
  const onSuccess = useInvalidateServiceAccounts();
  return useMutation({
    mutationFn: ({
      id,
      body,
    }: {
      id?: string;
      body: ServiceAccountRequest & { version?: number };
    }) => {
      const { version, ...fields } = body;
      return id
        ? unwrap(
            api.PUT('/api/v1/service-accounts/{id}', {
              params: { path: { id } },
              body: { ...fields, version: version ?? -1 } satisfies ServiceAccountUpdate,
            }),
          )
        : unwrap(api.POST('/api/v1/service-accounts', { body: fields }));
    },
    onSuccess,
  });
}

export function useDeactivateServiceAccount() {
  const onSuccess = useInvalidateServiceAccounts();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/service-accounts/{id}', { params: { path: { id } } })),
    onSuccess,
  });
}

export function useCreateServiceAccountToken(id: string) {
  const onSuccess = useInvalidateServiceAccounts();
  return useMutation({
    mutationFn: (body: CreateApiTokenRequest) =>
      unwrap(
        api.POST('/api/v1/service-accounts/{id}/tokens', { params: { path: { id } }, body }),
      ) as Promise<CreatedApiToken>,
    onSuccess,
  });
}

export function useRevokeServiceAccountToken(id: string) {
  const onSuccess = useInvalidateServiceAccounts();
  return useMutation({
    mutationFn: (tokenId: string) =>
      unwrap(
        api.DELETE('/api/v1/service-accounts/{id}/tokens/{tokenId}', {
          params: { path: { id, tokenId } },
        }),
      ),
    onSuccess,
  });
}
