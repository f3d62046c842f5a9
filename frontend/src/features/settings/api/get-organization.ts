import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { RequestBody, ResponseBody } from '@/lib/api-types';

export type Organization = ResponseBody<'/api/v1/organization', 'get'>;
export type OrganizationRequest = RequestBody<'/api/v1/organization', 'put'>;

export const organizationKeys = { all: ['organization'] as const };

export function getOrganization(): Promise<Organization> {
  return unwrap(api.GET('/api/v1/organization'));
}

export const organizationQueryOptions = () =>
  queryOptions({ queryKey: organizationKeys.all, queryFn: getOrganization });

export function useOrganization() {
  return useQuery(organizationQueryOptions());
}
