import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ERIN, PERIODS, sampleCascade, sampleNodes } from '@/features/cascade/__tests__/fixtures';
import { sessionStore } from '@/lib/session';
import { makeMe, makeSession, page } from '@/testing/fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

function mockCascadeApi(cascade = sampleCascade) {
  return mockApi({
    'GET /api/v1/periods': () => json(PERIODS),
    'GET /api/v1/teams': () =>
      json(page([{ id: 'team-s', name: 'Sales', memberCount: 3, version: 0 }])),
    'GET /api/v1/people': () => json(page([])),
    'GET /api/v1/cascade': ({ url }) => {
      const asOf = url.searchParams.get('asOf');
      if (!asOf) return json(cascade());
      // The past: Erin's objective was at 10%.
      const nodes = sampleNodes().map((n) => (n.id === 'i1' ? { ...n, progress: 10 } : n));
      return json(sampleCascade({ nodes, asOf }));
    },
  });
}

function cascadeRequests(requests: Request[]) {
  return requests
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname === '/api/v1/cascade');
}

async function openList() {
  renderApp('/cascade?view=list');
  return screen.findByRole('tree', { name: 'Objective cascade' });
}

const item = (title: string) => screen.getByRole('treeitem', { name: new RegExp(`^${title},`) });

beforeEach(() => {
  sessionStore.start(makeSession(makeMe({ id: ERIN.id, name: ERIN.name })));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('cascade page', () => {
  it('search opens collapsed ancestors, focuses the node and highlights its path', async () => {
    mockCascadeApi();
    await openList();
    expect(screen.queryByRole('treeitem', { name: /^Canary metrics,/ })).not.toBeInTheDocument();
    const user = userEvent.setup();

    await user.type(screen.getByRole('combobox', { name: 'Find an objective' }), 'metrics');
    await user.click(screen.getByRole('option', { name: /Canary metrics/ }));

    const path = screen.getByRole('navigation', { name: 'Path to the company goal' });
    expect(
      within(path)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Reliability',
      'Cut failures',
      'Zero-downtime pipeline',
      'Canary stage',
      'Canary metrics',
    ]);
    expect(item('Canary metrics')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tree')).toHaveAttribute('aria-activedescendant', 'cascade-item-i2');
    for (const title of ['Reliability', 'Canary stage', 'Canary metrics'])
      expect(item(title)).toHaveClass('isOnPath');
    expect(item('Blue-green deploys')).not.toHaveClass('isOnPath');
    // the same click opened its details
    expect(screen.getByRole('complementary', { name: 'Canary metrics' })).toBeInTheDocument();
  });

  it('search is the shared combobox: Down and Enter pick a hit and open its details', async () => {
    mockCascadeApi();
    await openList();
    const user = userEvent.setup();
    const search = screen.getByRole('combobox', { name: 'Find an objective' });

    await user.type(search, 'canary');
    const list = screen.getByRole('listbox', { name: 'Matching objectives' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([expect.stringContaining('Canary stage'), expect.stringContaining('Canary metrics')]);
    await user.keyboard('{ArrowDown}');
    expect(search).toHaveAttribute(
      'aria-activedescendant',
      within(list).getAllByRole('option')[1].id,
    );
    await user.keyboard('{Enter}');

    expect(screen.queryByRole('listbox', { name: 'Matching objectives' })).not.toBeInTheDocument();
    expect(search).toHaveValue('Canary metrics');
    expect(screen.getByRole('complementary', { name: 'Canary metrics' })).toBeInTheDocument();
    expect(item('Canary metrics')).toHaveAttribute('aria-selected', 'true');
  });

  it('replaying to before any objective existed shows an empty state, not the old highlight', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-26T12:00:00Z') });
    mockApi({
      'GET /api/v1/periods': () => json(PERIODS),
      'GET /api/v1/teams': () => json(page([])),
      'GET /api/v1/people': () => json(page([])),
      'GET /api/v1/objectives/:id': () => problem(404),
      'GET /api/v1/cascade': ({ url }) => {
        const asOf = url.searchParams.get('asOf');
        return json(asOf ? sampleCascade({ nodes: [], asOf }) : sampleCascade());
      },
    });
    await openList();
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Find an objective' }), 'metrics');
    await user.click(screen.getByRole('option', { name: /Canary metrics/ }));
    expect(
      screen.getByRole('navigation', { name: 'Path to the company goal' }),
    ).toBeInTheDocument();

    fireEvent.change(screen.getByRole('slider', { name: 'Replay the period' }), {
      target: { value: '0' },
    });
    expect(await screen.findByText(/^No objectives in 2026 Q4 on /)).toBeInTheDocument();
    expect(
      screen.queryByRole('navigation', { name: 'Path to the company goal' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('complementary', { name: 'Canary metrics' })).not.toBeInTheDocument();
  });

  it('fetches the subtree of a node opened at the last level sent, and every level for search', async () => {
    const all = sampleNodes();
    const { requests } = mockApi({
      'GET /api/v1/periods': () => json(PERIODS),
      'GET /api/v1/teams': () => json(page([])),
      'GET /api/v1/people': () => json(page([])),
      'GET /api/v1/cascade': ({ url }) => {
        const rootId = url.searchParams.get('rootId');
        if (rootId === 'i1') {
          const subtree = all.filter((n) => n.id === 'i1' || n.id === 'i2');
          return json(
            sampleCascade({
              nodes: subtree.map((n) => ({
                ...n,
                depth: n.depth - 3,
                parentId: n.id === 'i1' ? null : n.parentId,
              })),
            }),
          );
        }
        if (url.searchParams.get('depth') === '50') return json(sampleCascade());
        // The first levels: Canary stage (depth 3) comes without its child.
        return json(sampleCascade({ nodes: all.filter((n) => n.id !== 'i2') }));
      },
    });
    await openList();
    const user = userEvent.setup();
    expect(item('Canary stage')).toHaveAttribute('aria-expanded', 'false');

    await user.click(item('Canary stage').querySelector('.treeToggle')!);

    expect(await screen.findByRole('treeitem', { name: /^Canary metrics,/ })).toHaveAttribute(
      'aria-level',
      '5',
    );
    const subtree = cascadeRequests(requests).find((u) => u.searchParams.get('rootId') === 'i1');
    expect(subtree?.searchParams.get('depth')).toBe('3');
    expect(subtree?.searchParams.get('periodId')).toBe('period-1');

    await user.click(screen.getByRole('combobox', { name: 'Find an objective' }));
    await waitFor(() =>
      expect(cascadeRequests(requests).some((u) => u.searchParams.get('depth') === '50')).toBe(
        true,
      ),
    );
  });

  it('moves through the tree list with the arrow keys, expanding and collapsing', async () => {
    mockCascadeApi();
    const tree = await openList();
    tree.focus();
    const user = userEvent.setup();

    expect(item('Reliability')).toHaveAttribute('aria-selected', 'true');
    expect(item('Reliability')).toHaveAttribute('aria-level', '1');
    await user.keyboard('{ArrowDown}');
    expect(tree).toHaveAttribute('aria-activedescendant', 'cascade-item-t1');
    expect(item('Cut failures')).toHaveAttribute('aria-level', '2');

    await user.keyboard('{ArrowLeft}'); // expanded: collapses Cut failures
    expect(item('Cut failures')).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('treeitem', { name: /^Zero-downtime/ })).not.toBeInTheDocument();

    await user.keyboard('{ArrowLeft}'); // collapsed: moves to the parent
    expect(tree).toHaveAttribute('aria-activedescendant', 'cascade-item-g1');

    await user.keyboard('{ArrowDown}{ArrowRight}'); // expands Cut failures again
    expect(item('Zero-downtime pipeline')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}'); // expanded: moves to its first child
    expect(tree).toHaveAttribute('aria-activedescendant', 'cascade-item-t2');

    await user.keyboard('{End}');
    expect(tree).toHaveAttribute('aria-activedescendant', 'cascade-item-g2');
    expect(item('Growth')).toHaveAttribute('aria-posinset', '2');
    await user.keyboard('{Home}');
    expect(tree).toHaveAttribute('aria-activedescendant', 'cascade-item-g1');
  });

  it("'Show my objectives' highlights the caller's objectives and their paths", async () => {
    mockCascadeApi();
    await openList();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Show my objectives' }));

    // Erin owns Canary stage and, below the default depth, Canary metrics: both come into view.
    for (const title of ['Reliability', 'Cut failures', 'Canary stage', 'Canary metrics'])
      expect(item(title)).toHaveClass('isOnPath');
    expect(item('Blue-green deploys')).not.toHaveClass('isOnPath');
    expect(item('Growth')).not.toHaveClass('isOnPath');
  });

  it('asks for the current period, then for the chosen team', async () => {
    const { requests } = mockCascadeApi();
    await openList();
    expect(cascadeRequests(requests)[0].searchParams.get('periodId')).toBe('period-1');
    const team = screen.getByRole('combobox', { name: 'Team' });
    await screen.findByRole('option', { name: 'Sales' });

    await userEvent.selectOptions(team, 'team-s');

    await waitFor(() =>
      expect(cascadeRequests(requests).at(-1)!.searchParams.get('teamId')).toBe('team-s'),
    );
    expect(team).toHaveValue('team-s');
  });

  it('links coverage gaps to the objective page and focuses them in the cascade', async () => {
    mockCascadeApi();
    await openList();
    const coverage = screen.getByRole('region', { name: 'Alignment coverage' });

    expect(within(coverage).getByText('83%')).toBeInTheDocument();
    expect(within(coverage).getByRole('link', { name: 'Growth' })).toHaveAttribute(
      'href',
      '/objectives/g2',
    );
    expect(within(coverage).getByRole('link', { name: 'Learn operators' })).toHaveAttribute(
      'href',
      '/objectives/loose',
    );
    // Not in the loaded tree: nothing to focus.
    expect(
      within(coverage).queryByRole('button', { name: 'Show Learn operators in the cascade' }),
    ).not.toBeInTheDocument();

    await userEvent.click(
      within(coverage).getByRole('button', { name: 'Show Growth in the cascade' }),
    );

    const path = screen.getByRole('navigation', { name: 'Path to the company goal' });
    expect(path).toHaveTextContent('Growth');
    expect(item('Growth')).toHaveAttribute('aria-selected', 'true');
  });

  it('replays the period with asOf, debounced, keeping the tree while loading', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-26T12:00:00Z') });
    const { requests } = mockCascadeApi();
    await openList();
    expect(item('Canary stage')).toHaveAccessibleName(/76%$/);
    const slider = screen.getByRole('slider', { name: 'Replay the period' });
    expect(slider).toHaveAttribute('aria-valuetext', 'Now');

    fireEvent.change(slider, { target: { value: '0' } });
    fireEvent.change(slider, { target: { value: '1' } });
    fireEvent.change(slider, { target: { value: '2' } });

    expect(screen.getByText('As of 15 Oct 2026')).toBeInTheDocument();
    expect(item('Canary stage')).toBeInTheDocument(); // the previous tree stays meanwhile
    await waitFor(() => expect(item('Canary stage')).toHaveAccessibleName(/10%$/));
    const asOfs = cascadeRequests(requests).map((url) => url.searchParams.get('asOf'));
    // The end of 15 Oct on the viewer's clock (UTC in these fixtures).
    expect(asOfs).toEqual([null, '2026-10-15T23:59:59.999Z']);
    expect(cascadeRequests(requests)[1].searchParams.get('periodId')).toBe('period-1');

    await userEvent.click(screen.getByRole('button', { name: 'Back to now' }));
    await waitFor(() => expect(item('Canary stage')).toHaveAccessibleName(/76%$/));
  });

  it('says when the organization has no period yet', async () => {
    mockApi({ 'GET /api/v1/periods': () => json({ items: [], page: 0, size: 200, total: 0 }) });
    renderApp('/cascade');
    expect(await screen.findByText('No periods yet')).toBeInTheDocument();
    expect(screen.getByText(/Ask an admin to create one/)).toBeInTheDocument();
  });

  it('says when the period has no objectives', async () => {
    mockCascadeApi(() => sampleCascade({ nodes: [] }));
    renderApp('/cascade');
    expect(await screen.findByText('No objectives in 2026 Q4 yet')).toBeInTheDocument();
  });

  it('shows an error with a retry when the cascade cannot be loaded', async () => {
    mockApi({
      'GET /api/v1/periods': () => json(PERIODS),
      'GET /api/v1/teams': () => json(page([])),
      'GET /api/v1/people': () => json(page([])),
      'GET /api/v1/cascade': () => problem(500, { detail: 'Incident 42' }),
    });
    renderApp('/cascade');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The cascade could not be loaded');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
