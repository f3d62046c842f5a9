import { useState } from 'react';
import type { z } from 'zod';
import { toFormErrors, type FormErrors } from '@/lib/problem';

const NO_ERRORS: FormErrors = { detail: null, fieldErrors: {} };

/**
 * Minimal form state: values, a zod check before submit, server problem+json errors mapped
 * onto the same fields, and whether anything unsaved was typed (for UnsavedChangesGuard).
 */
export function useForm<Values extends Record<string, unknown>, Output>(
  schema: z.ZodType<Output, Values>,
  initial: Values,
) {
  const [values, setValues] = useState<Values>(initial);
  const [baseline, setBaseline] = useState(() => JSON.stringify(initial));
  const [savedMark, setSavedMark] = useState(false);
  // After markSaved, the values of the next render (with any fields cleared in the same event)
  // become the baseline.
  if (savedMark) {
    setSavedMark(false);
    setBaseline(JSON.stringify(values));
  }
  /** Something typed that differs from what the form started with (or was last saved as). */
  const isDirty = !savedMark && JSON.stringify(values) !== baseline;
  const markSaved = () => setSavedMark(true);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  const setField = <K extends keyof Values>(field: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  /** Returns the parsed values, or null after showing the validation messages. */
  const validate = (): Output | null => {
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      setErrors(NO_ERRORS);
      return parsed.data;
    }
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues)
      fieldErrors[issue.path.length ? issue.path.join('.') : 'form'] ??= issue.message;
    setErrors({ detail: 'Please correct the highlighted fields.', fieldErrors });
    return null;
  };

  const showServerError = (error: unknown) => setErrors(toFormErrors(error));

  return { values, setField, errors, validate, showServerError, isDirty, markSaved };
}
