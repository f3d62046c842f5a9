import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody, ResponseBody } from '@/lib/api-types';

export type CyclesPage = ResponseBody<'/api/v1/review-cycles', 'get'>;
export type Cycle = ResponseBody<'/api/v1/review-cycles/{id}', 'get'>;
export type CycleRequest = RequestBody<'/api/v1/review-cycles', 'post'>;
export type CycleProgress = ResponseBody<'/api/v1/review-cycles/{id}/progress', 'get'>;
export type Calibration = ResponseBody<'/api/v1/review-cycles/{id}/calibration', 'get'>;

export function getCycles(): Promise<CyclesPage> {
  return unwrap(api.GET('/api/v1/review-cycles', { params: { query: { size: 100 } } }));
}

export function getCycle(id: string): Promise<Cycle> {
  return unwrap(api.GET('/api/v1/review-cycles/{id}', { params: { path: { id } } }));
}

export function getCycleProgress(id: string): Promise<CycleProgress> {
  return unwrap(api.GET('/api/v1/review-cycles/{id}/progress', { params: { path: { id } } }));
}

export function getCalibration(id: string): Promise<Calibration> {
  return unwrap(api.GET('/api/v1/review-cycles/{id}/calibration', { params: { path: { id } } }));
}

export const cyclesQueryOptions = () =>
  queryOptions({ queryKey: ['review-cycles', 'list'], queryFn: getCycles });
export const cycleQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['review-cycles', 'detail', id], queryFn: () => getCycle(id) });
export const cycleProgressQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['review-cycles', 'progress', id],
    queryFn: () => getCycleProgress(id),
  });
export const calibrationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['review-cycles', 'calibration', id],
    queryFn: () => getCalibration(id),
  });

export function useCycles() {
  return useQuery(cyclesQueryOptions());
}
export function useCycle(id: string) {
  return useQuery(cycleQueryOptions(id));
}
export function useCycleProgress(id: string) {
  return useQuery(cycleProgressQueryOptions(id));
}
export function useCalibration(id: string, enabled = true) {
  return useQuery({ ...calibrationQueryOptions(id), enabled });
}

/** Creates a draft cycle and, when asked, launches it at once. */
export async function createCycle(body: CycleRequest, launch: boolean): Promise<Cycle> {
  // The 201 carries the created cycle (its schema is documented on the 200 of GET).
  const created = (await unwrap(api.POST('/api/v1/review-cycles', { body }))) as unknown as Cycle;
  if (!launch) return created;
  return launchCycle(created.id, created.version);
}

export function launchCycle(id: string, version: number) {
  return unwrap(
    api.POST('/api/v1/review-cycles/{id}/launch', { params: { path: { id } }, body: { version } }),
  );
}

export function closeCycle(id: string, version: number) {
  return unwrap(
    api.POST('/api/v1/review-cycles/{id}/close', { params: { path: { id } }, body: { version } }),
  );
}

function useInvalidateCycles() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['review-cycles'] });
}

export function useCreateCycle() {
  const onSuccess = useInvalidateCycles();
  return useMutation({
    mutationFn: ({ body, launch }: { body: CycleRequest; launch: boolean }) =>
      createCycle(body, launch),
    onSuccess,
  });
}

export function useCycleTransition() {
  const onSuccess = useInvalidateCycles();
  return useMutation({
    mutationFn: ({ id, version, to }: { id: string; version: number; to: 'launch' | 'close' }) =>
      to === 'launch' ? launchCycle(id, version) : closeCycle(id, version),
    onSuccess,
  });
}
