import type { Cascade, CascadeNode } from '@/features/cascade/api/get-cascade';

export const ERIN = { id: '11111111-1111-1111-1111-111111111111', name: 'Erin Employee' };
const SAM = { id: 'p-sam', name: 'Sam Taylor' };
const MORGAN = { id: 'p-morgan', name: 'Morgan Manager' };

export function node(
  overrides: Partial<CascadeNode> & Pick<CascadeNode, 'id' | 'title'>,
): CascadeNode {
  return {
    level: 'INDIVIDUAL',
    owner: SAM,
    status: 'ACTIVE',
    health: 'ON_TRACK',
    progress: 50,
    weight: 1,
    childCount: 0,
    hiddenChildCount: 0,
    depth: 0,
    match: false,
    canOpen: true,
    ...overrides,
  };
}

/**
 * Two company goals; "Reliability" goes five levels deep down to Erin's "Canary stage" and
 * its sub-task, so the default collapse (beyond depth 3) hides the deepest one.
 */
export function sampleNodes(): CascadeNode[] {
  return [
    node({
      id: 'g1',
      title: 'Reliability',
      level: 'COMPANY',
      childCount: 1,
      depth: 0,
      progress: 40,
    }),
    node({
      id: 't1',
      parentId: 'g1',
      title: 'Cut failures',
      level: 'TEAM',
      owner: MORGAN,
      childCount: 1,
      depth: 1,
    }),
    node({
      id: 't2',
      parentId: 't1',
      title: 'Zero-downtime pipeline',
      level: 'TEAM',
      owner: MORGAN,
      childCount: 2,
      depth: 2,
    }),
    node({
      id: 'i1',
      parentId: 't2',
      title: 'Canary stage',
      owner: ERIN,
      childCount: 1,
      depth: 3,
      progress: 76,
      contributionPercent: 50,
    }),
    node({
      id: 'i2',
      parentId: 'i1',
      title: 'Canary metrics',
      owner: ERIN,
      depth: 4,
      health: 'AT_RISK',
    }),
    node({
      id: 'i3',
      parentId: 't2',
      title: 'Blue-green deploys',
      owner: MORGAN,
      depth: 3,
      health: 'OFF_TRACK',
    }),
    node({ id: 'g2', title: 'Growth', level: 'COMPANY', depth: 0, health: 'AT_RISK' }),
  ];
}

export function sampleCascade(overrides: Partial<Cascade> = {}): Cascade {
  const nodes = sampleNodes();
  return {
    period: { id: 'period-1', name: '2026 Q4', startDate: '2026-10-01', endDate: '2026-12-31' },
    nodes,
    summary: {
      nodeCount: nodes.length,
      byHealth: { ON_TRACK: 4, AT_RISK: 2, OFF_TRACK: 1 },
      byStatus: { ACTIVE: nodes.length },
      averageProgressByLevel: {},
      coverage: {
        alignableCount: 6,
        alignedCount: 5,
        alignedPercent: 83.33,
        unsupportedGoals: [{ id: 'g2', name: 'Growth' }],
        unalignedObjectives: [
          { id: 'loose', title: 'Learn operators', level: 'INDIVIDUAL', owner: MORGAN },
        ],
      },
    },
    ...overrides,
  };
}

export const PERIODS = {
  items: [
    {
      id: 'period-1',
      name: '2026 Q4',
      startDate: '2026-10-01',
      endDate: '2026-12-31',
      current: true,
      version: 0,
    },
  ],
  page: 0,
  size: 200,
  total: 1,
};
