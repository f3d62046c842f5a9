import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NeedsYou } from '@/features/tasks/components/needs-you';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

describe('Needs you', () => {
  it('shows the counts per kind and the tasks, overdue ones flagged', async () => {
    mockApi({
      'GET /api/v1/tasks': () =>
        json({
          items: [
            {
              kind: 'ONE_TO_ONE_OVERDUE',
              title: 'Pat Peer',
              link: '/people/p2',
              subjectId: 'p2',
              dueAt: null,
              overdue: true,
            },
            {
              kind: 'MANAGER_REVIEW',
              title: 'Q4 appraisal: Eli Employee',
              link: '/reviews/r1',
              subjectId: 'r1',
              dueAt: '2026-12-05T23:59:00Z',
              overdue: false,
            },
          ],
          page: 0,
          size: 200,
          total: 2,
          counts: [
            { kind: 'ONE_TO_ONE_OVERDUE', count: 1, overdue: 1 },
            { kind: 'MANAGER_REVIEW', count: 1, overdue: 0 },
          ],
        }),
    });
    renderWithProviders(<NeedsYou />);
    expect(await screen.findByRole('heading', { name: 'Needs you (2)' })).toBeInTheDocument();
    const counts = screen.getByRole('list', { name: 'Tasks by kind' });
    expect(within(counts).getByText('1:1 overdue: 1 (1 overdue)')).toBeInTheDocument();
    expect(within(counts).getByText('Review to write: 1')).toBeInTheDocument();
    const tasks = screen.getByRole('list', { name: 'Tasks' });
    expect(within(tasks).getByRole('link', { name: 'Q4 appraisal: Eli Employee' })).toHaveAttribute(
      'href',
      '/reviews/r1',
    );
    expect(within(tasks).getByText('Overdue')).toBeInTheDocument();
  });

  it('says when nothing waits', async () => {
    mockApi({
      'GET /api/v1/tasks': () => json({ items: [], page: 0, size: 200, total: 0, counts: [] }),
    });
    renderWithProviders(<NeedsYou />);
    expect(await screen.findByText('Nothing waits for you. Well done.')).toBeInTheDocument();
  });
});
