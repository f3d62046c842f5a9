import type { Review } from '@/features/reviews/api/get-review';

/** A 360 review as Erin sees it while writing her self review. */
export function makeReview(overrides: Partial<Review> = {}): Review {
  return {
    id: 'review-1',
    cycle: {
      id: 'cycle-1',
      name: '2026 Q4 360',
      kind: 'THREE_SIXTY',
      state: 'ACTIVE',
      period: { id: 'period-1', name: '2026 Q4' },
      periodStart: '2026-10-01',
      periodEnd: '2026-12-31',
      deadlines: {
        selfReview: '2026-12-01T23:59:59Z',
        nominations: '2026-11-30T23:59:59Z',
        peerAnswers: '2026-12-05T23:59:59Z',
        managerReview: '2026-12-10T23:59:59Z',
        signOff: '2026-12-20T23:59:59Z',
      },
      calibration: true,
      skipLevelSignOff: false,
    },
    reviewee: { id: 'erin', name: 'Erin Walsh' },
    manager: { id: 'morgan', name: 'Morgan Lee' },
    state: 'SELF_REVIEW',
    nominationsState: 'OPEN',
    myRoles: ['REVIEWEE'],
    scale: [
      { value: 1, label: 'Below expectations' },
      { value: 2, label: 'Partly meets' },
      { value: 3, label: 'Meets expectations' },
    ],
    allowNotRated: true,
    sections: [
      {
        id: 'section-1',
        title: 'Working together',
        questions: [
          {
            id: 'q-collab',
            kind: 'RATING',
            text: 'Collaboration',
            roles: ['SELF', 'MANAGER'],
            required: true,
            weight: 1,
          },
          { id: 'q-notes', kind: 'TEXT', text: 'Highlights', roles: ['SELF'], required: true },
          {
            id: 'q-goals',
            kind: 'OBJECTIVES',
            text: 'Objectives',
            roles: ['MANAGER'],
            required: true,
            weight: 1,
          },
        ],
      },
    ],
    objectives: [{ id: 'o-1', title: 'Ship the canary stage', status: 'ACTIVE', progress: 76 }],
    parts: { self: 'NOT_STARTED' },
    permissions: {
      canWriteSelf: true,
      canWriteManager: false,
      canWritePeer: false,
      canNominate: true,
      canApproveNominations: false,
      canOverride: false,
      canCalibrate: false,
      canShare: false,
      canAcknowledge: false,
      canSignOff: false,
      canSeeEvidence: true,
      canSeePeerSummary: true,
    },
    version: 0,
    ...overrides,
  };
}
