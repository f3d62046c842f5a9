import { z } from 'zod';
import type { CycleRequest } from '@/features/reviews/api/review-cycles';
import { addDays, todayIso } from '@/lib/format-date';

/** The day `days` from today, today being the viewer's (not UTC's: late evening in Auckland is tomorrow there). */
const inDays = (days: number) => addDays(todayIso(), days);
const date = (what: string) =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `Choose the day the ${what} is due`);

export type WizardValues = {
  name: string;
  kind: 'APPRAISAL' | 'THREE_SIXTY';
  appraisalType: 'ANNUAL' | 'INTERIM';
  periodId: string;
  templateId: string;
  participantScope: 'EVERYONE' | 'TEAM' | 'LIST';
  participantTeamId: string;
  participantIds: string[];
  selfReviewDue: string;
  nominationsDue: string;
  peerAnswersDue: string;
  managerReviewDue: string;
  signOffDue: string;
  minPeers: string;
  maxPeers: string;
  calibration: boolean;
  skipLevelSignOff: boolean;
  summaryAfterPeerDeadline: boolean;
};

export function wizardDefaults(): WizardValues {
  return {
    name: '',
    kind: 'APPRAISAL',
    appraisalType: 'ANNUAL',
    periodId: '',
    templateId: '',
    participantScope: 'LIST',
    participantTeamId: '',
    participantIds: [],
    selfReviewDue: inDays(14),
    nominationsDue: inDays(7),
    peerAnswersDue: inDays(21),
    managerReviewDue: inDays(28),
    signOffDue: inDays(35),
    minPeers: '3',
    maxPeers: '6',
    calibration: true,
    skipLevelSignOff: false,
    summaryAfterPeerDeadline: false,
  };
}

type Check = (
  values: WizardValues,
  issue: (field: keyof WizardValues, message: string) => void,
) => void;

const basics: Check = (v, issue) => {
  if (!v.name.trim()) issue('name', 'Give the cycle a name, e.g. "2026 annual review"');
  else if (v.name.length > 200) issue('name', 'Keep the name under 200 characters');
  if (!v.periodId) issue('periodId', 'Choose the period the cycle reviews');
};

const template: Check = (v, issue) => {
  if (!v.templateId) issue('templateId', 'Choose the questions to ask');
};

const participants: Check = (v, issue) => {
  if (v.participantScope === 'TEAM' && !v.participantTeamId)
    issue('participantTeamId', 'Choose the team to review');
  if (v.participantScope === 'LIST' && v.participantIds.length === 0)
    issue('participantIds', 'Choose at least one person to review');
};

const deadlines: Check = (v, issue) => {
  const peer = v.kind === 'THREE_SIXTY';
  const days: [keyof WizardValues, string][] = [
    ['selfReviewDue', 'self review'],
    ['managerReviewDue', 'manager review'],
    ['signOffDue', 'sign-off'],
    ...(peer
      ? ([
          ['nominationsDue', 'peer nominations'],
          ['peerAnswersDue', 'peer answers'],
        ] as [keyof WizardValues, string][])
      : []),
  ];
  for (const [field, what] of days) {
    const parsed = date(what).safeParse(v[field]);
    if (!parsed.success) issue(field, parsed.error.issues[0].message);
  }
  const after = (later: keyof WizardValues, earlier: keyof WizardValues, what: string) => {
    if (v[later] && v[earlier] && String(v[later]) < String(v[earlier]))
      issue(later, `Must not be before the ${what} deadline`);
  };
  after('managerReviewDue', 'selfReviewDue', 'self review');
  after('signOffDue', 'managerReviewDue', 'manager review');
  if (peer) {
    after('peerAnswersDue', 'nominationsDue', 'peer nominations');
    const min = Number(v.minPeers);
    const max = Number(v.maxPeers);
    if (!Number.isInteger(min) || min < 0) issue('minPeers', 'A whole number, 0 or more');
    if (!Number.isInteger(max) || max < 1) issue('maxPeers', 'A whole number, 1 or more');
    else if (max < min) issue('maxPeers', 'Must not be fewer than the fewest peers');
  }
};

/** The wizard's steps in order; each validates its own fields before the next opens. */
export const STEPS = [
  { title: 'Basics', check: basics },
  { title: 'Template', check: template },
  { title: 'Participants', check: participants },
  { title: 'Deadlines', check: deadlines },
  { title: 'Review', check: (() => undefined) as Check },
] as const;

const FIELD_STEP: Record<string, number> = {
  name: 0,
  kind: 0,
  appraisalType: 0,
  periodId: 0,
  templateId: 1,
  participantScope: 2,
  participantTeamId: 2,
  participantIds: 2,
};

/** The step that asks for `field` (the deadlines step for the rest). */
export function stepOf(field: string): number {
  return FIELD_STEP[field] ?? 3;
}

/** The schema of one step (all steps up to `step` for the last), with field paths for the form. */
export function stepSchema(step: number) {
  const checks = step === STEPS.length - 1 ? STEPS.map((s) => s.check) : [STEPS[step].check];
  return z.custom<WizardValues>().superRefine((values, ctx) => {
    for (const check of checks)
      check(values, (field, message) => ctx.addIssue({ code: 'custom', path: [field], message }));
  });
}

export function toRequest(v: WizardValues): CycleRequest {
  const peer = v.kind === 'THREE_SIXTY';
  return {
    name: v.name.trim(),
    kind: v.kind,
    appraisalType: peer ? undefined : v.appraisalType,
    templateId: v.templateId,
    periodId: v.periodId,
    participantScope: v.participantScope,
    participantTeamId: v.participantScope === 'TEAM' ? v.participantTeamId : undefined,
    participantIds: v.participantScope === 'LIST' ? v.participantIds : undefined,
    // A day: the server ends it at midnight in the organization's zone.
    selfReviewDue: v.selfReviewDue,
    nominationsDue: peer ? v.nominationsDue : undefined,
    peerAnswersDue: peer ? v.peerAnswersDue : undefined,
    managerReviewDue: v.managerReviewDue,
    signOffDue: v.signOffDue,
    minPeers: peer ? Number(v.minPeers) : undefined,
    maxPeers: peer ? Number(v.maxPeers) : undefined,
    calibration: v.calibration,
    skipLevelSignOff: v.skipLevelSignOff,
    peerSummaryRelease: peer
      ? v.summaryAfterPeerDeadline
        ? 'AFTER_PEER_DEADLINE'
        : 'WHEN_SHARED'
      : undefined,
  };
}
