import { z } from 'zod';

export const BODY_MAX = 5000;

/** The compose form: free text, or situation–behaviour–impact parts that become one Markdown text. */
export const giveFeedbackSchema = z
  .object({
    recipientId: z.string().min(1, 'Choose who receives it.'),
    structure: z.enum(['SBI', 'FREE']),
    situation: z.string(),
    behaviour: z.string(),
    impact: z.string(),
    body: z.string(),
    visibility: z.enum(['PRIVATE', 'MANAGERS', 'PUBLIC'], { message: 'Choose who may read it.' }),
    valueIds: z.array(z.string()).max(5, 'Choose at most 5 values.'),
    objectiveId: z.string(),
    sessionId: z.string(),
    cycleId: z.string(),
  })
  .superRefine((values, ctx) => {
    const text = composeBody(values);
    const field = values.structure === 'SBI' ? 'behaviour' : 'body';
    if (!text.trim())
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message:
          values.structure === 'SBI' ? 'Describe at least what they did.' : 'Write your feedback.',
      });
    if (text.length > BODY_MAX)
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `Keep it under ${BODY_MAX} characters (now ${text.length}).`,
      });
  });

export type GiveFeedbackValues = z.input<typeof giveFeedbackSchema>;

/** The text sent to the API: the free text, or the filled SBI parts as bold-labelled lines. */
export function composeBody(
  values: Pick<GiveFeedbackValues, 'structure' | 'situation' | 'behaviour' | 'impact' | 'body'>,
): string {
  if (values.structure === 'FREE') return values.body.trim();
  return [
    ['Situation', values.situation],
    ['Behaviour', values.behaviour],
    ['Impact', values.impact],
  ]
    .filter(([, text]) => text.trim())
    .map(([label, text]) => `**${label}:** ${text.trim()}`)
    .join('\n\n');
}

/** The chosen links, leaving out the pickers left at "None". */
export function composeLinks(
  values: Pick<GiveFeedbackValues, 'objectiveId' | 'sessionId' | 'cycleId'>,
): { objectiveId?: string; sessionId?: string; cycleId?: string } {
  return Object.fromEntries(
    (['objectiveId', 'sessionId', 'cycleId'] as const)
      .filter((name) => values[name])
      .map((name) => [name, values[name]]),
  );
}
