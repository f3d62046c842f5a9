import type { paths } from '@/lib/schema.gen';

/** Helpers that read request/response bodies out of the generated `paths`. */
type JsonContent<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

type Method = 'get' | 'post' | 'put' | 'delete';

export type ApiPath = keyof paths;

export type ResponseBody<
  P extends ApiPath,
  M extends Method & keyof paths[P],
  Status extends number = 200,
> = paths[P][M] extends { responses: infer Responses }
  ? Status extends keyof Responses
    ? JsonContent<Responses[Status]>
    : never
  : never;

export type RequestBody<
  P extends ApiPath,
  M extends Method & keyof paths[P],
> = paths[P][M] extends {
  requestBody?: infer Body;
}
  ? JsonContent<NonNullable<Body>>
  : never;

/**
 * A form that both creates and edits sends the create body, plus the `version` it loaded when editing.
 * The update body requires that version; this returns it typed as such (an edit without one is a bug).
 */
export function withVersion<T extends { version?: number }>(body: T): T & { version: number } {
  if (body.version === undefined) throw new Error('An update needs the version that was loaded');
  return body as T & { version: number };
}

export type QueryParams<
  P extends ApiPath,
  M extends Method & keyof paths[P],
> = paths[P][M] extends {
  parameters: { query?: infer Query };
}
  ? NonNullable<Query>
  : never;
