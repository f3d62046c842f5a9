import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type FeedbackSettings = ResponseBody<'/api/v1/feedback-settings', 'get'>;
export type CompanyValue = ResponseBody<'/api/v1/company-values', 'get'>['items'][number];
export type PromptTemplate = ResponseBody<
  '/api/v1/feedback-prompt-templates',
  'get'
>['items'][number];
export type PersonOption = ResponseBody<'/api/v1/people', 'get'>['items'][number];
export type TeamOption = ResponseBody<'/api/v1/teams', 'get'>['items'][number];

/** What a giver may choose: the organization's feedback settings, values, prompts, people, teams. */
export function getFeedbackSettings(): Promise<FeedbackSettings> {
  return unwrap(api.GET('/api/v1/feedback-settings'));
}

export function getCompanyValues(includeArchived = false) {
  return unwrap(
    api.GET('/api/v1/company-values', { params: { query: { includeArchived, size: 200 } } }),
  );
}

export function getPromptTemplates() {
  return unwrap(api.GET('/api/v1/feedback-prompt-templates', { params: { query: { size: 200 } } }));
}

export function getPeopleOptions() {
  return unwrap(api.GET('/api/v1/people', { params: { query: { size: 200, sort: 'name' } } }));
}

export function getTeamOptions() {
  return unwrap(api.GET('/api/v1/teams', { params: { query: { size: 200 } } }));
}

export const feedbackSettingsQueryOptions = () =>
  queryOptions({ queryKey: ['feedback', 'settings'], queryFn: getFeedbackSettings });

export const companyValuesQueryOptions = (includeArchived = false) =>
  queryOptions({
    queryKey: ['feedback', 'values', includeArchived],
    queryFn: () => getCompanyValues(includeArchived),
  });

export const promptTemplatesQueryOptions = () =>
  queryOptions({ queryKey: ['feedback', 'prompt-templates'], queryFn: getPromptTemplates });

export const peopleOptionsQueryOptions = () =>
  queryOptions({ queryKey: ['feedback', 'people-options'], queryFn: getPeopleOptions });

export const teamOptionsQueryOptions = () =>
  queryOptions({ queryKey: ['feedback', 'team-options'], queryFn: getTeamOptions });

export const useFeedbackSettings = () => useQuery(feedbackSettingsQueryOptions());
export const useCompanyValues = (includeArchived = false) =>
  useQuery(companyValuesQueryOptions(includeArchived));
export const usePromptTemplates = () => useQuery(promptTemplatesQueryOptions());
export const usePeopleOptions = () => useQuery(peopleOptionsQueryOptions());
export const useTeamOptions = () => useQuery(teamOptionsQueryOptions());
