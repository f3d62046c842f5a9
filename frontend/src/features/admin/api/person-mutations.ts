import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody, ResponseBody } from '@/lib/api-types';

export type CreatePersonRequest = RequestBody<'/api/v1/people', 'post'>;
export type UpdatePersonRequest = RequestBody<'/api/v1/people/{id}', 'put'>;
type PersonResponse = ResponseBody<'/api/v1/people/{id}', 'get'>;

/** 201 with a Location header; the lists are refetched by invalidation. */
export function createPerson(body: CreatePersonRequest): Promise<void> {
  return unwrap(api.POST('/api/v1/people', { body })).then(() => undefined);
}

export function updatePerson(id: string, body: UpdatePersonRequest): Promise<PersonResponse> {
  return unwrap(api.PUT('/api/v1/people/{id}', { params: { path: { id } }, body }));
}

export function setPersonActive(id: string, active: boolean): Promise<PersonResponse> {
  const params = { params: { path: { id } } };
  return unwrap(
    active
      ? api.POST('/api/v1/people/{id}/reactivate', params)
      : api.POST('/api/v1/people/{id}/deactivate', params),
  );
}

/** Mails the invitation again, with a new link (the previous one stops working). */
export function resendInvitation(id: string): Promise<void> {
  return unwrap(api.POST('/api/v1/people/{id}/invitation', { params: { path: { id } } })).then(
    () => undefined,
  );
}

/** Every people-related read (lists, profiles, reports, org chart, me) goes stale after a write. */
function useInvalidatePeople() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['people'] }),
      queryClient.invalidateQueries({ queryKey: ['org-chart'] }),
      queryClient.invalidateQueries({ queryKey: ['teams'] }),
      queryClient.invalidateQueries({ queryKey: ['me'] }),
    ]);
}

export function useCreatePerson() {
  const onSuccess = useInvalidatePeople();
  return useMutation({ mutationFn: createPerson, onSuccess });
}

export function useUpdatePerson() {
  const onSuccess = useInvalidatePeople();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdatePersonRequest }) => updatePerson(id, body),
    onSuccess,
  });
}

export function useSetPersonActive() {
  const onSuccess = useInvalidatePeople();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) => setPersonActive(id, active),
    onSuccess,
  });
}

export function useResendInvitation() {
  return useMutation({ mutationFn: resendInvitation });
}
