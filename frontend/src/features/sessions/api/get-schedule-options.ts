import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type PeoplePage = ResponseBody<'/api/v1/people', 'get'>;
export type TemplatesPage = ResponseBody<'/api/v1/agenda-templates', 'get'>;

export function getPeopleOptions(): Promise<PeoplePage> {
  return unwrap(api.GET('/api/v1/people', { params: { query: { size: 200, sort: 'name' } } }));
}

export function getTemplates(): Promise<TemplatesPage> {
  return unwrap(api.GET('/api/v1/agenda-templates', { params: { query: { size: 200 } } }));
}

export function usePeopleOptions() {
  return useQuery(
    queryOptions({ queryKey: ['people', 'session-options'], queryFn: getPeopleOptions }),
  );
}

export function useAgendaTemplates() {
  return useQuery(queryOptions({ queryKey: ['agenda-templates'], queryFn: getTemplates }));
}
