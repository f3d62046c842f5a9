import { z } from 'zod';
import type { TemplateRequest } from '@/features/reviews/api/review-templates';

const ROLE = z.enum(['SELF', 'MANAGER', 'PEER']);

const questionSchema = z.object({
  id: z.string().nullish(),
  kind: z.enum(['RATING', 'TEXT', 'OBJECTIVES']),
  text: z.string().trim().min(1, 'Enter the question.').max(500, 'Use at most 500 characters.'),
  help: z.string().nullish(),
  roles: z.array(ROLE).min(1, 'Pick at least one role that answers it.'),
  required: z.boolean(),
  weight: z.coerce.number<unknown>({ error: 'Enter a number.' }).min(0, 'Use 0 or more.').nullish(),
});

const sectionSchema = z.object({
  id: z.string().nullish(),
  title: z.string().trim().min(1, 'Enter a section title.').max(200, 'Use at most 200 characters.'),
  description: z.string().nullish(),
  questions: z.array(questionSchema).min(1, 'Keep at least one question in a section.').max(50),
});

export const templateSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(200, 'Use at most 200 characters.'),
  scale: z
    .array(z.object({ value: z.number(), label: z.string().trim().min(1, 'Enter a label.') }))
    .min(2),
  allowNotRated: z.boolean(),
  sections: z.array(sectionSchema).min(1, 'Keep at least one section.').max(20),
});

export type TemplateValues = z.input<typeof templateSchema>;
export type TemplateOutput = z.output<typeof templateSchema>;
export type QuestionValues = TemplateValues['sections'][number]['questions'][number];

export const newQuestion = (): QuestionValues => ({
  kind: 'RATING',
  text: '',
  roles: ['SELF', 'MANAGER'],
  required: true,
  weight: 1,
});

export const DEFAULT_SCALE = [
  { value: 1, label: 'Below expectations' },
  { value: 2, label: 'Partly meets expectations' },
  { value: 3, label: 'Meets expectations' },
  { value: 4, label: 'Exceeds expectations' },
  { value: 5, label: 'Exceptional' },
];

/** The request body: text questions carry no weight. */
export function toRequest(values: TemplateOutput, version?: number): TemplateRequest {
  return {
    ...values,
    version,
    sections: values.sections.map((section) => ({
      ...section,
      questions: section.questions.map((q) => ({
        ...q,
        weight: q.kind === 'TEXT' ? undefined : (q.weight ?? 1),
      })),
    })),
  } as TemplateRequest;
}

/** "sections[0].questions[1].text" (the server's name) as react-hook-form's "sections.0.questions.1.text". */
export function toFieldPath(serverField: string): string {
  return serverField.replace(/\[(\d+)\]/g, '.$1');
}
