import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ERIN, PERIODS, sampleCascade, sampleNodes } from '@/features/cascade/__tests__/fixtures';
import { sessionStore } from '@/lib/session';
import { makeMe, makeSession, page } from '@/testing/fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

function objective(progress: number, canCheckIn = true) {
  return {
    id: 'i1',
    title: 'Canary stage',
    level: 'INDIVIDUAL',
    status: 'ACTIVE',
    health: 'ON_TRACK',
    progress,
    progressSource: 'KEY_RESULTS',
    visibility: 'ORGANIZATION',
    weight: 1,
    period: { id: 'period-1', name: '2026 Q4' },
    owner: ERIN,
    author: ERIN,
    keyResults: [
      {
        id: 'kr-1',
        objectiveId: 'i1',
        title: 'Services through canary',
        kind: 'PERCENT',
        startValue: 0,
        targetValue: 100,
        currentValue: progress,
        unit: '%',
        weight: 1,
        progress,
        position: 0,
        version: 0,
      },
    ],
    children: { count: 1, hiddenCount: 0, items: [] },
    alignment: { path: [], reachesCompanyGoal: true, hiddenAncestor: false },
    permissions: { canCheckIn, canEdit: true },
    createdAt: '2026-10-01T09:00:00Z',
    updatedAt: '2026-10-01T09:00:00Z',
    version: 0,
  };
}

function mockWithCheckIns({
  canCheckIn = true,
  failWith,
}: { canCheckIn?: boolean; failWith?: Response } = {}) {
  let progress = 60;
  return mockApi({
    'GET /api/v1/periods': () => json(PERIODS),
    'GET /api/v1/teams': () => json(page([])),
    'GET /api/v1/people': () => json(page([])),
    'GET /api/v1/cascade': () =>
      json(
        sampleCascade({
          nodes: sampleNodes().map((n) => (n.id === 'i1' ? { ...n, progress } : n)),
        }),
      ),
    'GET /api/v1/objectives/:id': () => json(objective(progress, canCheckIn)),
    'GET /api/v1/objectives/:id/check-ins': () =>
      json(
        page([
          {
            id: 'c1',
            objectiveId: 'i1',
            keyResultId: 'kr-1',
            keyResultTitle: 'Services through canary',
            author: ERIN,
            value: 60,
            objectiveProgress: 60,
            health: 'ON_TRACK',
            comment: 'Steady week.',
            createdAt: '2026-11-20T10:00:00Z',
          },
        ]),
      ),
    'POST /api/v1/key-results/:id/check-ins': ({ body }) => {
      if (failWith) return failWith;
      progress = (body as { value: number }).value;
      return json({ id: 'c2' }, 201);
    },
  });
}

async function openDetails() {
  sessionStore.start(makeSession(makeMe({ id: ERIN.id, name: ERIN.name })));
  renderApp('/cascade?view=list');
  await userEvent.click(await screen.findByRole('treeitem', { name: /^Canary stage,/ }));
  return screen.findByRole('complementary', { name: 'Canary stage' });
}

describe('details panel and quick check-in', () => {
  it('shows the details, key results and recent check-ins of the clicked node', async () => {
    mockWithCheckIns();
    const panel = await openDetails();

    expect(within(panel).getByText('50% of its parent')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Open objective page' })).toHaveAttribute(
      'href',
      '/objectives/i1',
    );
    const keyResults = await within(panel).findByRole('region', { name: 'Key results' });
    expect(within(keyResults).getByText('60% of 100%')).toBeInTheDocument();
    expect(await within(panel).findByText('Steady week.')).toBeInTheDocument();
  });

  it('posts a key result check-in and refreshes the node in the cascade', async () => {
    const { requests } = mockWithCheckIns();
    const panel = await openDetails();
    const user = userEvent.setup();
    const value = await within(panel).findByRole('textbox', { name: /New value/ });
    expect(value).toHaveValue('60');

    await user.clear(value);
    await user.type(value, '65');
    await user.type(within(panel).getByRole('textbox', { name: /Comment/ }), 'Two more services');
    await user.click(within(panel).getByRole('button', { name: 'Post check-in' }));

    expect(await within(panel).findByRole('status')).toHaveTextContent('Check-in saved.');
    const post = requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/key-results/kr-1/check-ins');
    expect(await post.json()).toEqual({
      value: 65,
      health: 'ON_TRACK',
      comment: 'Two more services',
    });
    await waitFor(() =>
      expect(screen.getByRole('treeitem', { name: /^Canary stage,/ })).toHaveAccessibleName(/65%$/),
    );
  });

  it('refuses a value that is not a number before calling the API', async () => {
    const { requests } = mockWithCheckIns();
    const panel = await openDetails();
    const user = userEvent.setup();
    const value = await within(panel).findByRole('textbox', { name: /New value/ });

    await user.clear(value);
    await user.type(value, 'lots');
    await user.click(within(panel).getByRole('button', { name: 'Post check-in' }));

    expect(await within(panel).findByText('Enter the new value as a number.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it("shows the server's problem next to the field", async () => {
    mockWithCheckIns({
      failWith: problem(400, {
        detail: 'The check-in is invalid.',
        errors: [{ field: 'value', message: 'must be at most 1000000' }],
      }),
    });
    const panel = await openDetails();
    const user = userEvent.setup();

    await user.click(await within(panel).findByRole('button', { name: 'Post check-in' }));

    expect(await within(panel).findByText('must be at most 1000000')).toBeInTheDocument();
    expect(within(panel).getByRole('alert')).toHaveTextContent('The check-in is invalid.');
  });

  it('offers no check-in to someone who may not check in', async () => {
    mockWithCheckIns({ canCheckIn: false });
    const panel = await openDetails();

    expect(await within(panel).findByRole('region', { name: 'Key results' })).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Post check-in' })).not.toBeInTheDocument();
  });
});
