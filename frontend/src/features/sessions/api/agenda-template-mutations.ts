import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody } from '@/lib/api-types';

export type AgendaTemplateRequest = RequestBody<'/api/v1/agenda-templates', 'post'>;

/** Creates a template, or (with the id and the version loaded) changes one. */
export function saveAgendaTemplate(
  id: string | undefined,
  body: AgendaTemplateRequest,
  version?: number,
) {
  return id
    ? unwrap(
        api.PUT('/api/v1/agenda-templates/{id}', {
          params: { path: { id } },
          body: { ...body, version: version ?? 0 },
        }),
      )
    : unwrap(api.POST('/api/v1/agenda-templates', { body }));
}

export function deleteAgendaTemplate(id: string): Promise<void> {
  return unwrap(api.DELETE('/api/v1/agenda-templates/{id}', { params: { path: { id } } })).then(
    () => undefined,
  );
}

/** Template writes refresh the template list (and the scheduling dialog's picker with it). */
function useTemplateMutation<Vars, Result>(fn: (vars: Vars) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agenda-templates'] }),
  });
}

export function useSaveAgendaTemplate() {
  return useTemplateMutation(
    ({ id, body, version }: { id?: string; body: AgendaTemplateRequest; version?: number }) =>
      saveAgendaTemplate(id, body, version),
  );
}

export function useDeleteAgendaTemplate() {
  return useTemplateMutation(deleteAgendaTemplate);
}
