import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';
import { saveDownload } from '@/lib/download-file';

export type PeopleImport = ResponseBody<'/api/v1/people/import', 'post'>;
export type PeopleImportRow = PeopleImport['rows'][number];

/** Sends the CSV text as it is: a preview (`dryRun`) saves nothing, else all rows or none. */
export function importPeople(csv: string, dryRun: boolean): Promise<PeopleImport> {
  return unwrap(
    api.POST('/api/v1/people/import', {
      params: { query: { dryRun } },
      body: csv,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': 'text/csv; charset=UTF-8' },
    }),
  );
}

export function usePreviewImport() {
  return useMutation({ mutationFn: (csv: string) => importPeople(csv, true) });
}

export function useImportPeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => importPeople(csv, false),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['people'] }),
        queryClient.invalidateQueries({ queryKey: ['org-chart'] }),
        queryClient.invalidateQueries({ queryKey: ['teams'] }),
        queryClient.invalidateQueries({ queryKey: ['me'] }),
      ]),
  });
}

/** Downloads the directory (inactive people too) as the CSV the import reads. */
export async function downloadPeopleCsv(): Promise<void> {
  const { data, error, response } = await api.GET('/api/v1/people', {
    params: { query: { includeInactive: true, format: 'csv' } },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw error ?? new Error('The export failed.');
  saveDownload(data as unknown as Blob, response, 'people.csv');
}
