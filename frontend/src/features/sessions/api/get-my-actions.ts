import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type ActionItemsPage = ResponseBody<'/api/v1/action-items', 'get'>;

export function getMyOpenActions(): Promise<ActionItemsPage> {
  return unwrap(api.GET('/api/v1/action-items', { params: { query: { done: false, size: 10 } } }));
}

export const myOpenActionsQueryOptions = () =>
  queryOptions({ queryKey: ['sessions', 'my-actions'], queryFn: getMyOpenActions });

export function useMyOpenActions() {
  return useQuery(myOpenActionsQueryOptions());
}
