import { z } from 'zod';

/** The largest file the server takes (1 MiB); larger ones are refused before sending. */
const MAX_BYTES = 1024 * 1024;

export const importSchema = z.object({
  csv: z
    .string()
    .trim()
    .min(1, 'Choose a CSV file or paste its contents.')
    .refine((csv) => new Blob([csv]).size <= MAX_BYTES, 'The file is larger than 1 MB: split it.')
    .refine(
      (csv) => /(^|,)\s*"?e-?mail/i.test(csv.split(/\r?\n/, 1)[0] ?? ''),
      'The first line must be the header, with an email column (e.g. email,name,team).',
    ),
});
