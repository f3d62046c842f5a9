import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { toFormErrors } from '@/lib/problem';

/**
 * Puts a problem+json answer onto a react-hook-form form: each `errors[]` entry next to its field
 * (when the form has it), the rest as the form's message. Returns that message.
 */
export function applyServerErrors<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
  fields: readonly Path<Values>[],
): string | null {
  const { detail, fieldErrors } = toFormErrors(error);
  const unknown: string[] = [];
  for (const [field, message] of Object.entries(fieldErrors)) {
    if ((fields as readonly string[]).includes(field)) setError(field as Path<Values>, { message });
    else unknown.push(message);
  }
  return unknown.length > 0 ? [detail, ...unknown].filter(Boolean).join(' ') : detail;
}
