import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type PeoplePage = ResponseBody<'/api/v1/people', 'get'>;
export type PeriodsPage = ResponseBody<'/api/v1/periods', 'get'>;
export type TeamsPage = ResponseBody<'/api/v1/teams', 'get'>;

/** Active people, for the participant and peer pickers. */
export function getPeopleChoices(): Promise<PeoplePage> {
  return unwrap(api.GET('/api/v1/people', { params: { query: { size: 200, sort: 'name' } } }));
}

export function getPeriodChoices(): Promise<PeriodsPage> {
  return unwrap(
    api.GET('/api/v1/periods', { params: { query: { size: 200, sort: '-startDate' } } }),
  );
}

export function getTeamChoices(): Promise<TeamsPage> {
  return unwrap(api.GET('/api/v1/teams', { params: { query: { size: 200 } } }));
}

export const peopleChoicesQueryOptions = () =>
  queryOptions({ queryKey: ['people', 'review-choices'], queryFn: getPeopleChoices });
export const periodChoicesQueryOptions = () =>
  queryOptions({ queryKey: ['periods', 'review-choices'], queryFn: getPeriodChoices });
export const teamChoicesQueryOptions = () =>
  queryOptions({ queryKey: ['teams', 'review-choices'], queryFn: getTeamChoices });

export function usePeopleChoices(enabled = true) {
  return useQuery({ ...peopleChoicesQueryOptions(), enabled });
}
export function usePeriodChoices() {
  return useQuery(periodChoicesQueryOptions());
}
export function useTeamChoices() {
  return useQuery(teamChoicesQueryOptions());
}
