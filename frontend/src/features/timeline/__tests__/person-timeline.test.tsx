import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PersonTimeline } from '@/features/timeline/components/person-timeline';
import { sessionStore } from '@/lib/session';
import { makeSession, page } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

describe('person timeline', () => {
  it('lists the history and asks again with the chosen kinds', async () => {
    sessionStore.start(makeSession());
    const asked: string[] = [];
    mockApi({
      'GET /api/v1/people/p1/timeline': ({ url }) => {
        asked.push(url.searchParams.getAll('kind').join(','));
        return json(
          page([
            {
              kind: 'MANAGER_CHANGE',
              occurredAt: '2026-10-01T00:00:00Z',
              title: 'Reports to Morgan Lee',
              detail: 'previously Jordan Blake',
            },
          ]),
        );
      },
    });
    renderWithProviders(<PersonTimeline personId="p1" />, '/people/p1');

    expect(await screen.findByText('Reports to Morgan Lee')).toBeInTheDocument();
    expect(screen.getByText('previously Jordan Blake')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Show'), 'Team, manager and role changes');
    await screen.findByText('Reports to Morgan Lee');
    expect(asked.at(-1)).toContain('MANAGER_CHANGE');
  });

  it('shows nothing to someone who may not see the history', async () => {
    sessionStore.start(makeSession());
    mockApi({
      'GET /api/v1/people/p2/timeline': () =>
        json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'Person p2' }, 404),
    });
    const { container } = renderWithProviders(<PersonTimeline personId="p2" />, '/people/p2');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(container).not.toHaveTextContent('Performance history');
  });
});
