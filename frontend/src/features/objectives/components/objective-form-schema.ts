import { z } from 'zod';
import type { KeyResultKind, ObjectiveLevel } from '@/features/objectives/api/get-objective';
import type {
  KeyResultRequest,
  ObjectiveRequest,
} from '@/features/objectives/api/objective-mutations';
import type { ParentChoice } from '@/features/objectives/components/parent-picker';

export type KeyResultDraft = {
  key: string;
  title: string;
  kind: KeyResultKind;
  startValue: string;
  targetValue: string;
  unit: string;
  weight: string;
};

export type ObjectiveFormValues = {
  title: string;
  description: string;
  level: ObjectiveLevel;
  periodId: string;
  ownerId: string;
  parent: ParentChoice | null;
  weight: string;
  visibility: 'ORGANIZATION' | 'PRIVATE';
  startDate: string;
  dueDate: string;
  keyResults: KeyResultDraft[];
};

export function newKeyResultDraft(kind: KeyResultKind = 'PERCENT'): KeyResultDraft {
  return {
    key: crypto.randomUUID(),
    title: '',
    kind,
    startValue: '',
    targetValue: '',
    unit: kind === 'CURRENCY' ? 'EUR' : '',
    weight: '',
  };
}

const number = (text: string) => (text.trim() === '' ? undefined : Number(text));
const isNumber = (text: string) => text.trim() !== '' && Number.isFinite(Number(text));

function checkKeyResult(kr: KeyResultDraft, index: number, ctx: z.RefinementCtx) {
  const issue = (field: keyof KeyResultDraft, message: string) =>
    ctx.addIssue({ code: 'custom', path: ['keyResults', index, field], message });
  if (!kr.title.trim()) issue('title', 'Enter what you will measure.');
  if (kr.weight.trim() && !(Number(kr.weight) > 0)) issue('weight', 'Use a weight above 0.');
  switch (kr.kind) {
    case 'BOOLEAN':
      return;
    case 'MILESTONE':
      if (!/^\d+$/.test(kr.targetValue.trim()) || Number(kr.targetValue) < 1)
        issue('targetValue', 'Enter the number of milestones (a whole number, at least 1).');
      return;
    default: {
      if (kr.startValue.trim() && !isNumber(kr.startValue)) issue('startValue', 'Enter a number.');
      const required = kr.kind !== 'PERCENT';
      if ((required || kr.targetValue.trim()) && !isNumber(kr.targetValue))
        issue('targetValue', 'Enter the target as a number.');
      const start = number(kr.startValue) ?? 0;
      const target = number(kr.targetValue) ?? (kr.kind === 'PERCENT' ? 100 : undefined);
      if (target !== undefined && Number.isFinite(target) && start === target)
        issue('targetValue', 'The target must differ from the start.');
      if (kr.kind === 'CURRENCY' && !/^[A-Za-z]{3}$/.test(kr.unit.trim()))
        issue('unit', 'Enter a three-letter currency code, e.g. EUR.');
    }
  }
}

function toKeyResultRequest(kr: KeyResultDraft): KeyResultRequest {
  const base = { title: kr.title.trim(), kind: kr.kind, weight: number(kr.weight) };
  switch (kr.kind) {
    case 'BOOLEAN':
      return base;
    case 'MILESTONE':
      return { ...base, startValue: 0, targetValue: Number(kr.targetValue), unit: 'milestones' };
    case 'PERCENT':
      return {
        ...base,
        startValue: number(kr.startValue) ?? 0,
        targetValue: number(kr.targetValue) ?? 100,
        unit: '%',
      };
    case 'CURRENCY':
      return {
        ...base,
        startValue: number(kr.startValue) ?? 0,
        targetValue: Number(kr.targetValue),
        unit: kr.unit.trim().toUpperCase(),
      };
    default:
      return {
        ...base,
        startValue: number(kr.startValue) ?? 0,
        targetValue: Number(kr.targetValue),
        unit: kr.unit.trim() || undefined,
      };
  }
}

const keyResultDraftSchema = z.object({
  key: z.string(),
  title: z.string(),
  kind: z.enum(['PERCENT', 'NUMBER', 'CURRENCY', 'BOOLEAN', 'MILESTONE']),
  startValue: z.string(),
  targetValue: z.string(),
  unit: z.string(),
  weight: z.string(),
});

/** Key results added to an existing objective, with the same rules as on create. */
export const keyResultsFormSchema = z
  .object({ keyResults: z.array(keyResultDraftSchema).min(1, 'Add a key result.') })
  .superRefine((values, ctx) =>
    values.keyResults.forEach((kr, index) => checkKeyResult(kr, index, ctx)),
  )
  .transform((values) => values.keyResults.map(toKeyResultRequest));

export const objectiveFormSchema = z
  .object({
    title: z.string().trim().min(1, 'Enter a title.').max(200, 'Use at most 200 characters.'),
    description: z.string().max(5000, 'Use at most 5000 characters.'),
    level: z.enum(['COMPANY', 'TEAM', 'INDIVIDUAL']),
    periodId: z.string(),
    ownerId: z.string(),
    parent: z.object({ id: z.string(), title: z.string() }).nullable(),
    weight: z
      .string()
      .refine((w) => !w.trim() || Number(w) > 0, 'Use a weight above 0, e.g. 1 or 2.'),
    visibility: z.enum(['ORGANIZATION', 'PRIVATE']),
    startDate: z.string(),
    dueDate: z.string(),
    keyResults: z.array(keyResultDraftSchema),
  })
  .superRefine((values, ctx) => {
    if (values.startDate && values.dueDate && values.dueDate < values.startDate)
      ctx.addIssue({
        code: 'custom',
        path: ['dueDate'],
        message: 'The due date is before the start.',
      });
    values.keyResults.forEach((kr, index) => checkKeyResult(kr, index, ctx));
  })
  .transform((values): ObjectiveRequest => ({
    title: values.title,
    description: values.description.trim() || undefined,
    level: values.level,
    periodId: values.periodId,
    ownerId: values.ownerId || undefined,
    parentId: values.level === 'COMPANY' ? undefined : values.parent?.id,
    weight: number(values.weight),
    visibility: values.visibility,
    startDate: values.startDate || undefined,
    dueDate: values.dueDate || undefined,
    keyResults: values.keyResults.map(toKeyResultRequest),
  }));
