import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OrgChartTree } from '@/features/people/components/org-chart-tree';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

describe('org chart', () => {
  it('collapses and expands a manager with the keyboard', async () => {
    mockApi({
      'GET /api/v1/org-chart': () =>
        json({
          nodes: [
            { id: 'a', name: 'Avery Chief', title: 'CEO' },
            {
              id: 'b',
              name: 'Blake Lead',
              title: 'CTO',
              managerId: 'a',
              team: { id: 't', name: 'Eng' },
            },
          ],
        }),
    });
    renderWithProviders(<OrgChartTree />);
    const toggle = await screen.findByRole('button', { name: "Collapse Avery Chief's team" });
    expect(screen.getByRole('link', { name: 'Blake Lead' })).toHaveAttribute('href', '/people/b');

    toggle.focus();
    await userEvent.keyboard('{Enter}');

    expect(screen.queryByRole('link', { name: 'Blake Lead' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: "Expand Avery Chief's team" })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });
});
