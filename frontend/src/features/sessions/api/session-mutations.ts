import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody } from '@/lib/api-types';
import { privateNoteQueryOptions } from '@/features/sessions/api/get-private-note';
import { sessionQueryOptions } from '@/features/sessions/api/get-session';

export type ScheduleSessionRequest = RequestBody<'/api/v1/sessions', 'post'>;
type Path = { params: { path: { id: string } } };
const onSession = (id: string): Path => ({ params: { path: { id } } });

/** Every session mutation refreshes the session queries (lists, details, cadence, actions). */
function useSessionMutation<Vars, Result>(fn: (vars: Vars) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sessions'] }),
  });
}

export function useScheduleSession() {
  return useSessionMutation((body: ScheduleSessionRequest) =>
    unwrap(api.POST('/api/v1/sessions', { body })),
  );
}

export function useCompleteSession(id: string) {
  return useSessionMutation((version: number) =>
    unwrap(api.POST('/api/v1/sessions/{id}/complete', { ...onSession(id), body: { version } })),
  );
}

export function useCancelSession(id: string) {
  return useSessionMutation((body: RequestBody<'/api/v1/sessions/{id}/cancel', 'post'>) =>
    unwrap(api.POST('/api/v1/sessions/{id}/cancel', { ...onSession(id), body })),
  );
}

export function useAddAgendaItem(id: string) {
  return useSessionMutation((title: string) =>
    unwrap(api.POST('/api/v1/sessions/{id}/agenda-items', { ...onSession(id), body: { title } })),
  );
}

export function useUpdateAgendaItem(id: string) {
  return useSessionMutation(
    ({
      itemId,
      body,
    }: {
      itemId: string;
      body: RequestBody<'/api/v1/sessions/{id}/agenda-items/{itemId}', 'put'>;
    }) =>
      unwrap(
        api.PUT('/api/v1/sessions/{id}/agenda-items/{itemId}', {
          params: { path: { id, itemId } },
          body,
        }),
      ),
  );
}

export function useDeleteAgendaItem(id: string) {
  return useSessionMutation((itemId: string) =>
    unwrap(
      api.DELETE('/api/v1/sessions/{id}/agenda-items/{itemId}', {
        params: { path: { id, itemId } },
      }),
    ),
  );
}

export function useReorderAgenda(id: string) {
  return useSessionMutation((itemIds: string[]) =>
    unwrap(
      api.POST('/api/v1/sessions/{id}/agenda-items/reorder', {
        ...onSession(id),
        body: { itemIds },
      }),
    ),
  );
}

type NotesBody = { body: string; version?: number | null };

/** Autosaved often: the answer goes into the cache instead of refetching the whole session. */
export function useSaveSharedNotes(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: NotesBody) =>
      unwrap(
        api.PUT('/api/v1/sessions/{id}/notes', {
          ...onSession(id),
          body: { body, version: version ?? undefined },
        }),
      ),
    onSuccess: (notes) =>
      queryClient.setQueryData(sessionQueryOptions(id).queryKey, (session) =>
        session ? { ...session, sharedNotes: notes } : session,
      ),
  });
}

export function useSavePrivateNote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: NotesBody) =>
      unwrap(
        api.PUT('/api/v1/sessions/{id}/private-notes', {
          ...onSession(id),
          body: { body, version: version ?? undefined },
        }),
      ),
    onSuccess: (note) => queryClient.setQueryData(privateNoteQueryOptions(id).queryKey, note),
  });
}

export function useAddActionItem(id: string) {
  return useSessionMutation((body: RequestBody<'/api/v1/sessions/{id}/action-items', 'post'>) =>
    unwrap(api.POST('/api/v1/sessions/{id}/action-items', { ...onSession(id), body })),
  );
}

export function useUpdateActionItem(id: string) {
  return useSessionMutation(
    ({
      itemId,
      body,
    }: {
      itemId: string;
      body: RequestBody<'/api/v1/sessions/{id}/action-items/{itemId}', 'put'>;
    }) =>
      unwrap(
        api.PUT('/api/v1/sessions/{id}/action-items/{itemId}', {
          params: { path: { id, itemId } },
          body,
        }),
      ),
  );
}

export function useRescheduleSession(id: string) {
  return useSessionMutation((body: RequestBody<'/api/v1/sessions/{id}/reschedule', 'post'>) =>
    unwrap(api.POST('/api/v1/sessions/{id}/reschedule', { ...onSession(id), body })),
  );
}

export function useLinkObjective(id: string) {
  return useSessionMutation((objectiveId: string) =>
    unwrap(
      api.POST('/api/v1/sessions/{id}/objectives', { ...onSession(id), body: { objectiveId } }),
    ),
  );
}

export function useUnlinkObjective(id: string) {
  return useSessionMutation((objectiveId: string) =>
    unwrap(
      api.DELETE('/api/v1/sessions/{id}/objectives/{objectiveId}', {
        params: { path: { id, objectiveId } },
      }),
    ),
  );
}
