import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { toFormErrors } from '@/lib/problem';

/**
 * Puts a problem+json's `errors[]` next to the form's fields and returns the message for the top
 * of the form. Fields the form does not show go to the top message.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  rename: Record<string, Path<T>> = {},
): string | null {
  const { detail, fieldErrors } = toFormErrors(error);
  const unshown: string[] = [];
  for (const [name, message] of Object.entries(fieldErrors)) {
    const field = rename[name] ?? (name as Path<T>);
    if (fields.includes(field)) setError(field, { type: 'server', message });
    else unshown.push(message);
  }
  return [detail, ...unshown].filter(Boolean).join(' ') || null;
}
