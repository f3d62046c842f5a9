import type { components } from '@/lib/schema.gen';

/** RFC 9457 problem details as the API sends them (`application/problem+json`). */
export type Problem = components['schemas']['Problem'];

export type FormErrors = {
  /** Message for the top of the form. */
  detail: string | null;
  /** One message per field name, shown next to that field. */
  fieldErrors: Record<string, string>;
};

/** Thrown by API fetchers for every non-2xx response. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: Problem, retryAfterSeconds: number | null = null) {
    super(problem.detail ?? problem.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function asProblem(body: unknown, status: number): Problem {
  if (body && typeof body === 'object') return body as Problem;
  if (typeof body === 'string' && body.trim()) return { status, detail: body };
  return { status };
}

/** Converts an openapi-fetch error result into an ApiError. */
export function toApiError(body: unknown, response: Response): ApiError {
  const retryAfter = Number(response.headers.get('Retry-After'));
  return new ApiError(
    response.status,
    asProblem(body, response.status),
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  );
}

/**
 * The form's name for a problem's field: Bean Validation may report "create.request.email"
 * (forms know the last segment), and items of a list keep their index:
 * "keyResults[0].title" → "keyResults.0.title".
 */
export function formFieldName(field: string): string {
  const parts = field.replace(/\[(\d+)\]/g, '.$1').split('.');
  const index = parts.findIndex((part) => /^\d+$/.test(part));
  return index > 0 ? parts.slice(index - 1).join('.') : (parts[parts.length - 1] ?? field);
}

const GENERIC_MESSAGE = 'Something went wrong. Please try again.';

/** Turns any error (problem response, network failure…) into what a form displays. */
export function toFormErrors(error: unknown): FormErrors {
  if (!isApiError(error)) {
    return {
      detail: error ? 'We could not reach Cairn. Check your connection and try again.' : null,
      fieldErrors: {},
    };
  }
  const fieldErrors: Record<string, string> = {};
  for (const { field, message } of error.problem.errors ?? []) {
    if (!field || !message) continue;
    const name = formFieldName(field);
    if (!(name in fieldErrors)) fieldErrors[name] = message;
  }
  const detail =
    error.status === 409 && !error.problem.detail
      ? 'Someone else changed this record. Reload it and try again.'
      : (error.problem.detail ?? error.problem.title ?? GENERIC_MESSAGE);
  return { detail, fieldErrors };
}

/**
 * Shows a failed request on a react-hook-form form: each named field's message next to it, and the
 * detail at the top (as the root error) when no field was named.
 */
export function setServerErrors<Field extends string>(
  error: unknown,
  fields: readonly Field[],
  setError: (name: Field | 'root', error: { message?: string }) => void,
): void {
  const problem = toFormErrors(error);
  const named = fields.filter((field) => problem.fieldErrors[field]);
  named.forEach((field) => setError(field, { message: problem.fieldErrors[field] }));
  if (named.length === 0) setError('root', { message: problem.detail ?? undefined });
}
