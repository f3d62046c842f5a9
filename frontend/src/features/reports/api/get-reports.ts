import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type ReportInfo = ResponseBody<'/api/v1/reports', 'get'>[number];

export function getReports(): Promise<ReportInfo[]> {
  return unwrap(api.GET('/api/v1/reports'));
}

export const reportsQueryOptions = () =>
  queryOptions({ queryKey: ['reports', 'list'], queryFn: getReports, staleTime: 60_000 });

export function useReports() {
  return useQuery(reportsQueryOptions());
}
