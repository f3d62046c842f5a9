import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody } from '@/lib/api-types';

export type WebhookRequest = RequestBody<'/api/v1/webhooks', 'post'>;

export function createWebhook(body: WebhookRequest) {
  return unwrap(api.POST('/api/v1/webhooks', { body }));
}

export function deleteWebhook(id: string) {
  return unwrap(api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id } } }));
}

export function setWebhookEnabled(id: string, enabled: boolean, version: number) {
  const params = { path: { id } };
  return enabled
    ? unwrap(api.POST('/api/v1/webhooks/{id}/enable', { params, body: { version } }))
    : unwrap(api.POST('/api/v1/webhooks/{id}/disable', { params, body: { version } }));
}

export function rotateWebhookSecret(id: string, version: number) {
  return unwrap(
    api.POST('/api/v1/webhooks/{id}/rotate-secret', {
      params: { path: { id } },
      body: { version },
    }),
  );
}

export function redeliver(id: string, deliveryId: string) {
  return unwrap(
    api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', {
      params: { path: { id, deliveryId } },
    }),
  );
}

function useInvalidateWebhooks() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['webhooks'] });
}

export function useCreateWebhook() {
  const onSuccess = useInvalidateWebhooks();
  return useMutation({ mutationFn: createWebhook, onSuccess });
}

export function useDeleteWebhook() {
  const onSuccess = useInvalidateWebhooks();
  return useMutation({ mutationFn: deleteWebhook, onSuccess });
}

export function useSetWebhookEnabled() {
  const onSuccess = useInvalidateWebhooks();
  return useMutation({
    mutationFn: (v: { id: string; enabled: boolean; version: number }) =>
      setWebhookEnabled(v.id, v.enabled, v.version),
    onSuccess,
  });
}

export function useRotateWebhookSecret() {
  const onSuccess = useInvalidateWebhooks();
  return useMutation({
    mutationFn: (v: { id: string; version: number }) => rotateWebhookSecret(v.id, v.version),
    onSuccess,
  });
}

export function useRedeliver() {
  const onSuccess = useInvalidateWebhooks();
  return useMutation({
    mutationFn: (v: { id: string; deliveryId: string }) => redeliver(v.id, v.deliveryId),
    onSuccess,
  });
}
