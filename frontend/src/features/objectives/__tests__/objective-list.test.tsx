import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MyObjectives } from '@/features/objectives/components/my-objectives';
import { groupByPeriod } from '@/features/objectives/utils/group-by-period';
import { sessionStore } from '@/lib/session';
import { makeMe, makeSession, page } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';
import { makeSummary, Q1, Q3, Q4 } from './objective-fixtures';

const ref = (p: { id: string; name: string }) => ({ id: p.id, name: p.name });

describe('grouping objectives by period', () => {
  it('puts the current period first, then the others from the newest', () => {
    const objectives = [
      makeSummary({ title: 'Old', period: ref(Q3) }),
      makeSummary({ title: 'Next', period: ref(Q1) }),
      makeSummary({ title: 'Now A', period: ref(Q4) }),
      makeSummary({ title: 'Now B', period: ref(Q4) }),
    ];

    const groups = groupByPeriod(objectives, [Q1, Q4, Q3]);

    expect(groups.map((g) => [g.period.name, g.current, g.objectives.map((o) => o.title)])).toEqual(
      [
        ['2026 Q4', true, ['Now A', 'Now B']],
        ['2027 Q1', false, ['Next']],
        ['2026 Q3', false, ['Old']],
      ],
    );
  });
});

describe('my objectives', () => {
  it('shows each period as a group with progress, health, due date and company goal', async () => {
    const me = makeMe();
    sessionStore.start(makeSession(me));
    const { requests } = mockApi({
      'GET /api/v1/periods': () => json(page([Q4, Q3])),
      'GET /api/v1/objectives': () =>
        json(
          page([
            makeSummary({
              title: 'Migrate CI',
              period: ref(Q3),
              status: 'COMPLETED',
              progress: 100,
            }),
            makeSummary({ title: 'Canary stage', health: 'AT_RISK', progress: 75.8 }),
          ]),
        ),
    });

    renderWithProviders(<MyObjectives />, '/objectives');

    const lists = await screen.findAllByRole('list', { name: /^Objectives in/ });
    expect(lists.map((list) => list.getAttribute('aria-label'))).toEqual([
      'Objectives in 2026 Q4',
      'Objectives in 2026 Q3',
    ]);
    const current = within(lists[0]);
    expect(current.getByRole('link', { name: 'Canary stage' })).toBeInTheDocument();
    expect(current.getByText('At risk')).toBeInTheDocument();
    expect(current.getByRole('progressbar', { name: 'Progress of Canary stage' })).toHaveAttribute(
      'aria-valuetext',
      '76%',
    );
    expect(current.getByText('Due 31 Dec 2026')).toBeInTheDocument();
    expect(current.getByText('Make the platform rock-solid')).toBeInTheDocument();
    expect(within(lists[1]).getByText('Completed')).toBeInTheDocument();
    const listCall = requests.find((r) => new URL(r.url).pathname === '/api/v1/objectives')!;
    expect(new URL(listCall.url).searchParams.get('ownerId')).toBe(me.id);
  });

  it('invites to create the first objective when there is none', async () => {
    sessionStore.start(makeSession());
    mockApi({
      'GET /api/v1/periods': () => json(page([Q4])),
      'GET /api/v1/objectives': () => json(page([])),
    });

    renderWithProviders(<MyObjectives />, '/objectives');

    expect(await screen.findByText('You have no objectives yet')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'New objective' }).length).toBeGreaterThan(0);
  });
});
