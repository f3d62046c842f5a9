import { z } from 'zod';
import type {
  KeyResultCheckInRequest,
  ObjectiveCheckInRequest,
} from '@/features/objectives/api/check-in-mutations';
import type { Health, KeyResultKind } from '@/features/objectives/api/get-objective';

/** What every check-in may carry besides the new value. */
export type CheckInExtrasValues = { health: Health | ''; confidence: string; comment: string };

const extras = {
  health: z.enum(['ON_TRACK', 'AT_RISK', 'OFF_TRACK']).or(z.literal('')),
  confidence: z
    .string()
    .trim()
    .refine((v) => !v || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 10), {
      message: 'Use a whole number from 1 to 10.',
    }),
  comment: z.string().max(2000, 'Use at most 2000 characters.'),
};

function extrasRequest(values: CheckInExtrasValues) {
  return {
    health: values.health || undefined,
    confidence: values.confidence.trim() ? Number(values.confidence) : undefined,
    comment: values.comment.trim() || undefined,
  };
}

export type KeyResultCheckInValues = CheckInExtrasValues & { value: string };

export function keyResultCheckInSchema(kind: KeyResultKind) {
  return z
    .object({
      ...extras,
      value: z
        .string()
        .trim()
        .min(1, 'Enter the new value.')
        .refine((v) => Number.isFinite(Number(v)), 'Enter a number.')
        .refine(
          (v) => kind !== 'MILESTONE' || (/^\d+$/.test(v) && Number(v) >= 0),
          'Enter a whole number of milestones.',
        ),
    })
    .transform((values): KeyResultCheckInRequest => ({
      value: Number(values.value),
      ...extrasRequest(values),
    }));
}

export type ObjectiveCheckInValues = CheckInExtrasValues & { progress: string };

/** `withProgress`: the objective's progress is set by check-ins (no key results or children). */
export function objectiveCheckInSchema(withProgress: boolean) {
  return z
    .object({
      ...extras,
      progress: z
        .string()
        .trim()
        .refine(
          (v) => !withProgress || (v !== '' && Number(v) >= 0 && Number(v) <= 100),
          'Enter a progress from 0 to 100.',
        ),
    })
    .superRefine((values, ctx) => {
      if (!withProgress && !values.health && !values.confidence.trim() && !values.comment.trim())
        ctx.addIssue({
          code: 'custom',
          path: ['comment'],
          message: 'Add a health, a confidence or a comment.',
        });
    })
    .transform((values): ObjectiveCheckInRequest => ({
      ...(withProgress ? { progress: Number(values.progress) } : {}),
      ...extrasRequest(values),
    }));
}
