import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { withVersion, type RequestBody } from '@/lib/api-types';

/** What the value form sends: the create body, with the version it loaded when editing. */
export type ValueBody = RequestBody<'/api/v1/company-values', 'post'> & { version?: number };
export type TemplateBody = RequestBody<'/api/v1/feedback-prompt-templates', 'post'> & {
  version?: number;
};
export type SettingsBody = RequestBody<'/api/v1/feedback-settings', 'put'>;

function useAdminMutation<Vars, Result>(fn: (vars: Vars) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['feedback'] }),
  });
}

export const useSaveValue = () =>
  useAdminMutation(({ id, body }: { id?: string; body: ValueBody }) =>
    id
      ? unwrap(
          api.PUT('/api/v1/company-values/{id}', {
            params: { path: { id } },
            body: withVersion(body),
          }),
        )
      : unwrap(api.POST('/api/v1/company-values', { body })),
  );

export const useDeleteValue = () =>
  useAdminMutation((id: string) =>
    unwrap(api.DELETE('/api/v1/company-values/{id}', { params: { path: { id } } })),
  );

export const useSaveTemplate = () =>
  useAdminMutation(({ id, body }: { id?: string; body: TemplateBody }) =>
    id
      ? unwrap(
          api.PUT('/api/v1/feedback-prompt-templates/{id}', {
            params: { path: { id } },
            body: withVersion(body),
          }),
        )
      : unwrap(api.POST('/api/v1/feedback-prompt-templates', { body })),
  );

export const useDeleteTemplate = () =>
  useAdminMutation((id: string) =>
    unwrap(api.DELETE('/api/v1/feedback-prompt-templates/{id}', { params: { path: { id } } })),
  );

export const useSaveSettings = () =>
  useAdminMutation((body: SettingsBody) => unwrap(api.PUT('/api/v1/feedback-settings', { body })));
