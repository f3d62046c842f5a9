import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { saveDownload } from '@/lib/download-file';
import type { QueryParams, ResponseBody } from '@/lib/api-types';
import type { paths } from '@/lib/schema.gen';

export type Report = ResponseBody<'/api/v1/reports/{report}', 'get'>;
export type ReportColumn = Report['columns'][number];
export type ReportSlug = paths['/api/v1/reports/{report}']['get']['parameters']['path']['report'];
export type ReportQuery = NonNullable<QueryParams<'/api/v1/reports/{report}', 'get'>>;

/** Drops unset filters so equal filters share one cache entry and one URL. */
export function compactQuery(query: ReportQuery): ReportQuery {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== ''),
  ) as ReportQuery;
}

export function getReport(slug: string, query: ReportQuery): Promise<Report> {
  return unwrap(
    api.GET('/api/v1/reports/{report}', {
      params: { path: { report: slug as ReportSlug }, query: compactQuery(query) },
    }),
  ) as Promise<Report>;
}

export const reportQueryOptions = (slug: string, query: ReportQuery) => {
  const params = compactQuery(query);
  return queryOptions({
    queryKey: ['reports', slug, params],
    queryFn: () => getReport(slug, params),
    placeholderData: keepPreviousData,
  });
};

export function useReport(slug: string, query: ReportQuery) {
  return useQuery(reportQueryOptions(slug, query));
}

/** Downloads the whole table as CSV (same filters), through the authenticated client. */
export async function downloadReportCsv(slug: string, query: ReportQuery): Promise<void> {
  const filters = compactQuery({ ...query, page: undefined, size: undefined });
  const { data, error, response } = await api.GET('/api/v1/reports/{report}', {
    params: { path: { report: slug as ReportSlug }, query: { ...filters, format: 'csv' } },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw error ?? new Error('The export failed.');
  saveDownload(data as unknown as Blob, response, `${slug}.csv`);
}
