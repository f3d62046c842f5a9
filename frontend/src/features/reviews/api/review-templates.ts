import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { withVersion, type RequestBody, type ResponseBody } from '@/lib/api-types';

export type TemplatesPage = ResponseBody<'/api/v1/review-templates', 'get'>;
export type Template = TemplatesPage['items'][number];
/** What the editor sends: the create body, with the version it loaded when editing. */
export type TemplateRequest = RequestBody<'/api/v1/review-templates', 'post'> & {
  version?: number;
};

export function getTemplates(): Promise<TemplatesPage> {
  return unwrap(
    api.GET('/api/v1/review-templates', { params: { query: { size: 100, sort: 'name' } } }),
  );
}

export const templatesQueryOptions = () =>
  queryOptions({ queryKey: ['review-templates', 'list'], queryFn: getTemplates });

export function useTemplates() {
  return useQuery(templatesQueryOptions());
}

export function saveTemplate(id: string | undefined, body: TemplateRequest) {
  return id
    ? unwrap(
        api.PUT('/api/v1/review-templates/{id}', {
          params: { path: { id } },
          body: withVersion(body),
        }),
      )
    : unwrap(api.POST('/api/v1/review-templates', { body }));
}

export function copyTemplate(id: string) {
  return unwrap(api.POST('/api/v1/review-templates/{id}/copy', { params: { path: { id } } }));
}

function useInvalidateTemplates() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['review-templates'] });
}

export function useSaveTemplate() {
  const onSuccess = useInvalidateTemplates();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: TemplateRequest }) => saveTemplate(id, body),
    onSuccess,
  });
}

export function useCopyTemplate() {
  const onSuccess = useInvalidateTemplates();
  return useMutation({ mutationFn: copyTemplate, onSuccess });
}
