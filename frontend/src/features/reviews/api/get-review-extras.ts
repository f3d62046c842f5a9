import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type PeerSummary = ResponseBody<'/api/v1/reviews/{id}/summary', 'get'>;
export type Evidence = ResponseBody<'/api/v1/reviews/{id}/evidence', 'get'>;

export function getPeerSummary(id: string): Promise<PeerSummary> {
  return unwrap(api.GET('/api/v1/reviews/{id}/summary', { params: { path: { id } } }));
}

export function getEvidence(id: string): Promise<Evidence> {
  return unwrap(api.GET('/api/v1/reviews/{id}/evidence', { params: { path: { id } } }));
}

export const peerSummaryQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['reviews', 'summary', id], queryFn: () => getPeerSummary(id) });

export const evidenceQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['reviews', 'evidence', id], queryFn: () => getEvidence(id) });

export function usePeerSummary(id: string, enabled: boolean) {
  return useQuery({ ...peerSummaryQueryOptions(id), enabled });
}

export function useEvidence(id: string, enabled: boolean) {
  return useQuery({ ...evidenceQueryOptions(id), enabled });
}
