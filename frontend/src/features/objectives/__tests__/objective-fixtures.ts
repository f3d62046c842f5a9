import type { ObjectiveSummary } from '@/features/objectives/api/get-objectives';
import type { KeyResult, Objective } from '@/features/objectives/api/get-objective';
import type { Period } from '@/features/objectives/api/get-periods';

export const Q3: Period = {
  id: 'period-q3',
  name: '2026 Q3',
  startDate: '2026-07-01',
  endDate: '2026-09-30',
  current: false,
  version: 0,
};
export const Q4: Period = {
  id: 'period-q4',
  name: '2026 Q4',
  startDate: '2026-10-01',
  endDate: '2026-12-31',
  current: true,
  version: 0,
};
export const Q1: Period = {
  id: 'period-q1',
  name: '2027 Q1',
  startDate: '2027-01-01',
  endDate: '2027-03-31',
  current: false,
  version: 0,
};

const ERIN = { id: '11111111-1111-1111-1111-111111111111', name: 'Erin Employee' };

export function makeSummary(overrides: Partial<ObjectiveSummary> = {}): ObjectiveSummary {
  return {
    id: crypto.randomUUID(),
    title: 'An objective',
    level: 'INDIVIDUAL',
    status: 'ACTIVE',
    health: 'ON_TRACK',
    progress: 40,
    visibility: 'ORGANIZATION',
    weight: 1,
    period: { id: Q4.id, name: Q4.name },
    owner: ERIN,
    companyGoal: { id: 'goal-1', name: 'Make the platform rock-solid' },
    dueDate: '2026-12-31',
    lastCheckInAt: new Date().toISOString(),
    keyResultCount: 1,
    childCount: 0,
    version: 0,
    ...overrides,
  };
}

export function makeKeyResult(overrides: Partial<KeyResult> = {}): KeyResult {
  return {
    id: crypto.randomUUID(),
    objectiveId: 'objective-1',
    title: 'Services deployed through canary',
    kind: 'PERCENT',
    startValue: 0,
    targetValue: 100,
    currentValue: 50,
    unit: '%',
    weight: 1,
    progress: 50,
    position: 0,
    version: 0,
    ...overrides,
  };
}

export const NO_PERMISSIONS: Objective['permissions'] = {
  canEdit: false,
  canCheckIn: false,
  canPropose: false,
  canApprove: false,
  canReturn: false,
  canComplete: false,
  canCancel: false,
  canArchive: false,
  canCascade: false,
  canReopen: false,
  canUnarchive: false,
};

export function makeObjective(overrides: Partial<Objective> = {}): Objective {
  return {
    id: 'objective-1',
    title: 'Build the canary release stage',
    level: 'INDIVIDUAL',
    status: 'ACTIVE',
    health: 'ON_TRACK',
    progress: 50,
    progressSource: 'KEY_RESULTS',
    visibility: 'ORGANIZATION',
    weight: 1,
    period: { id: Q4.id, name: Q4.name },
    owner: ERIN,
    author: ERIN,
    keyResults: [makeKeyResult()],
    children: { count: 0, hiddenCount: 0, items: [] },
    alignment: { path: [], reachesCompanyGoal: false, hiddenAncestor: false },
    permissions: NO_PERMISSIONS,
    createdAt: '2026-10-01T00:00:00Z',
    updatedAt: '2026-10-01T00:00:00Z',
    version: 3,
    ...overrides,
  };
}
