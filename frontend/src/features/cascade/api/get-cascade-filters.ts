import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type PeriodOption = ResponseBody<'/api/v1/periods', 'get'>['items'][number];
export type TeamOption = ResponseBody<'/api/v1/teams', 'get'>['items'][number];
export type PersonOption = ResponseBody<'/api/v1/people', 'get'>['items'][number];

/** Periods, newest first, for the period filter. */
export function getPeriodOptions() {
  return unwrap(
    api.GET('/api/v1/periods', { params: { query: { size: 200, sort: '-startDate' } } }),
  );
}

export function getTeamOptions() {
  return unwrap(api.GET('/api/v1/teams', { params: { query: { size: 200, sort: 'name' } } }));
}

/** The first 200 people by name, for the person filter. */
export function getPersonOptions() {
  return unwrap(api.GET('/api/v1/people', { params: { query: { size: 200, sort: 'name' } } }));
}

export const periodOptionsQueryOptions = () =>
  queryOptions({ queryKey: ['periods', 'options'], queryFn: getPeriodOptions, staleTime: 60_000 });

export const teamOptionsQueryOptions = () =>
  queryOptions({ queryKey: ['teams', 'options'], queryFn: getTeamOptions, staleTime: 60_000 });

export const personOptionsQueryOptions = () =>
  queryOptions({ queryKey: ['people', 'options'], queryFn: getPersonOptions, staleTime: 60_000 });

export function usePeriodOptions() {
  return useQuery(periodOptionsQueryOptions());
}

export function useTeamOptions() {
  return useQuery(teamOptionsQueryOptions());
}

export function usePersonOptions() {
  return useQuery(personOptionsQueryOptions());
}
