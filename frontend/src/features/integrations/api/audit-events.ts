import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { saveDownload } from '@/lib/download-file';
import type { QueryParams } from '@/lib/api-types';
import type { components } from '@/lib/schema.gen';

export type AuditEventsPage = components['schemas']['PageResponseAuditEventResponse'];
export type AuditEvent = AuditEventsPage['items'][number];
export type AuditQuery = NonNullable<QueryParams<'/api/v1/audit-events', 'get'>>;

/** Drops empty filters so the URL and the cache key hold only what is set. */
function compact(query: AuditQuery): AuditQuery {
  return Object.fromEntries(
    Object.entries(query).filter(
      ([, value]) => value !== undefined && value !== null && value !== '',
    ),
  ) as AuditQuery;
}

export function getAuditEvents(query: AuditQuery): Promise<AuditEventsPage> {
  return unwrap(
    api.GET('/api/v1/audit-events', { params: { query: compact(query) } }),
  ) as Promise<AuditEventsPage>;
}

export const auditEventsQueryOptions = (query: AuditQuery) =>
  queryOptions({
    queryKey: ['audit-events', compact(query)],
    queryFn: () => getAuditEvents(query),
    placeholderData: keepPreviousData,
  });

export function useAuditEvents(query: AuditQuery) {
  return useQuery(auditEventsQueryOptions(query));
}

/** Downloads every event the filters match as CSV, through the authenticated client. */
export async function downloadAuditCsv(query: AuditQuery): Promise<void> {
  const filters = compact({ ...query, page: undefined, size: undefined });
  const { data, error, response } = await api.GET('/api/v1/audit-events', {
    params: { query: { ...filters, format: 'csv' } },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw error ?? new Error('The export failed.');
  saveDownload(data as unknown as Blob, response, 'audit-log.csv');
}

/** Who may appear as an actor: everyone in the organization (also deactivated), by name. */
export function getActorOptions() {
  return unwrap(
    api.GET('/api/v1/people', {
      params: { query: { size: 200, sort: 'name', includeInactive: true } },
    }),
  ).then((page) => page.items.map((person) => ({ value: person.id, label: person.name })));
}

export const actorOptionsQueryOptions = () =>
  queryOptions({ queryKey: ['audit-events', 'actors'], queryFn: getActorOptions });

export function useActorOptions() {
  return useQuery(actorOptionsQueryOptions());
}
