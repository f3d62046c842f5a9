import createClient, { type Middleware } from 'openapi-fetch';
import { toApiError } from '@/lib/problem';
import type { paths } from '@/lib/schema.gen';
import { sessionStore } from '@/lib/session';

const LOGIN_PATH = '/api/v1/auth/login';

/** Adds the bearer token and ends the session when the API answers 401. */
export const authMiddleware: Middleware = {
  onRequest({ request }) {
    const token = sessionStore.getAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    // A 401 from the login call means wrong credentials, not an expired session.
    if (response.status === 401 && !new URL(request.url).pathname.startsWith(LOGIN_PATH)) {
      sessionStore.expire();
    }
    return response;
  },
};

/** The one API client of the SPA, typed from the generated OpenAPI schema. */
export const api = createClient<paths>({
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
