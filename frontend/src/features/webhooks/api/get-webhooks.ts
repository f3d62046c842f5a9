import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type WebhooksPage = ResponseBody<'/api/v1/webhooks', 'get'>;
export type Webhook = WebhooksPage['items'][number];
export type WebhookEventType = ResponseBody<'/api/v1/webhooks/event-types', 'get'>[number];
export type DeliveriesPage = ResponseBody<'/api/v1/webhooks/{id}/deliveries', 'get'>;
export type WebhookDelivery = DeliveriesPage['items'][number];

export function getWebhooks(): Promise<WebhooksPage> {
  return unwrap(api.GET('/api/v1/webhooks', { params: { query: { size: 200 } } }));
}

export const webhooksQueryOptions = () =>
  queryOptions({ queryKey: ['webhooks', 'all'], queryFn: getWebhooks });

export function useWebhooks() {
  return useQuery(webhooksQueryOptions());
}

export function getWebhookEventTypes(): Promise<WebhookEventType[]> {
  return unwrap(api.GET('/api/v1/webhooks/event-types'));
}

export const webhookEventTypesQueryOptions = () =>
  queryOptions({
    queryKey: ['webhooks', 'event-types'],
    queryFn: getWebhookEventTypes,
    staleTime: Infinity,
  });

export function useWebhookEventTypes() {
  return useQuery(webhookEventTypesQueryOptions());
}

export function getWebhookDeliveries(id: string, page: number): Promise<DeliveriesPage> {
  return unwrap(
    api.GET('/api/v1/webhooks/{id}/deliveries', {
      params: { path: { id }, query: { page, size: 20 } },
    }),
  );
}

export const webhookDeliveriesQueryOptions = (id: string, page: number) =>
  queryOptions({
    queryKey: ['webhooks', id, 'deliveries', page],
    queryFn: () => getWebhookDeliveries(id, page),
  });

export function useWebhookDeliveries(id: string, page: number) {
  return useQuery(webhookDeliveriesQueryOptions(id, page));
}
