import { z } from 'zod';

/** The server's policy, checked early: 12 to 128 characters (the server also refuses guessable ones). */
export const newPasswordSchema = z
  .string()
  .min(12, 'Use at least 12 characters: a few words make a good password.')
  .max(128, 'Use at most 128 characters.');

export const PASSWORD_HINT =
  'At least 12 characters. A few unrelated words are strong and easy to remember; common passwords are refused.';

/** The secret of an e-mailed link, from the page's `#token=…` fragment. */
export function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}
