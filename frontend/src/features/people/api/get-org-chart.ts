import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type OrgChart = ResponseBody<'/api/v1/org-chart', 'get'>;
export type OrgChartNode = OrgChart['nodes'][number];

export function getOrgChart(): Promise<OrgChart> {
  return unwrap(api.GET('/api/v1/org-chart'));
}

export const orgChartQueryOptions = () =>
  queryOptions({ queryKey: ['org-chart'], queryFn: getOrgChart });

export function useOrgChart() {
  return useQuery(orgChartQueryOptions());
}
