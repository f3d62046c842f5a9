import createClient, { type Middleware } from 'openapi-fetch';
import { toApiError } from '@/lib/problem';
import type { paths } from '@/lib/schema.gen';
import { sessionStore } from '@/lib/session';

/** Public calls: no bearer token, and a 401 means "wrong credentials", not "your session ended". */
const PUBLIC_PATHS = [
  '/api/v1/auth/login',
  '/api/v1/auth/refresh',
  '/api/v1/auth/logout',
  '/api/v1/auth/password-reset',
  '/api/v1/auth/set-password',
  '/api/v1/auth/verify-email',
  '/api/v1/auth/links/',
  '/api/v1/organizations',
  '/api/v1/notifications/unsubscribe',
];

function isPublic(request: Request): boolean {
  const path = new URL(request.url).pathname;
  return PUBLIC_PATHS.some((prefix) => path.startsWith(prefix));
}

const retries = new Map<string, Request>();

/**
 * Adds the bearer token (renewing it first when it is about to expire). When the API still answers
 * 401, the token is renewed once with the refresh cookie and the request retried; if that fails too,
 * the session has ended (signed out elsewhere, password changed, revoked).
 */
export const authMiddleware: Middleware = {
  async onRequest({ request, id }) {
    if (isPublic(request)) return request;
    if (sessionStore.needsRefresh()) await sessionStore.refresh();
    const token = sessionStore.getAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    retries.set(id, request.clone());
    return request;
  },
  async onResponse({ response, id }) {
    const original = retries.get(id);
    retries.delete(id);
    if (response.status !== 401 || !original) return response;
    const hadSession = sessionStore.getState().session !== null;
    const renewed = hadSession ? await sessionStore.refresh() : null;
    if (!renewed) {
      if (hadSession) sessionStore.expire();
      return response;
    }
    original.headers.set('Authorization', `Bearer ${renewed.accessToken}`);
    return globalThis.fetch(original);
  },
  onError({ id }) {
    retries.delete(id);
  },
};

/**
 * The one API client of the SPA, typed from the generated OpenAPI schema. Responses are typed by their
 * JSON body: operations that also answer CSV (`Accept: text/csv`) fetch it with `parseAs: 'blob'`.
 */
export const api = createClient<paths, 'application/json'>({
  baseUrl: globalThis.location?.origin ?? '',
  // Resolve fetch at call time so tests can stub it.
  fetch: (request) => globalThis.fetch(request),
});
api.use(authMiddleware);

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/** Returns the body of a successful response or throws an ApiError built from the problem. */
export async function unwrap<T>(result: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await result;
  if (!response.ok) throw toApiError(error, response);
  return data as T;
}
