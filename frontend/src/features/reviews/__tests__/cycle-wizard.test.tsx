import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CycleWizardDialog } from '@/features/reviews/components/cycle-wizard/cycle-wizard-dialog';
import { page } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

const person = (id: string, name: string, team: string) => ({
  id,
  name,
  email: `${id}@example.com`,
  team: { id: team, name: team },
  roles: ['EMPLOYEE'],
  active: true,
  invitationPending: false,
  reportCount: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 0,
});

describe('review cycle wizard', () => {
  it('checks each step before the next and posts nothing until everything is valid', async () => {
    const { requests } = mockApi({
      'GET /api/v1/periods': () => json(page([{ id: 'p1', name: '2026 Q4' }])),
      'GET /api/v1/review-templates': () =>
        json(page([{ id: 't1', name: 'Annual', sections: [], scale: [], inUse: false }])),
      'GET /api/v1/teams': () =>
        json(
          page([
            { id: 'eng', name: 'Engineering', memberCount: 1, version: 0 },
            { id: 'platform', name: 'Platform', parent: { id: 'eng' }, memberCount: 1, version: 0 },
          ]),
        ),
      'GET /api/v1/people': () =>
        json(
          page([
            person('a', 'Ana', 'eng'),
            person('b', 'Bo', 'platform'),
            person('c', 'Cy', 'sales'),
          ]),
        ),
    });
    renderWithProviders(<CycleWizardDialog onClose={vi.fn()} onCreated={vi.fn()} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Next: Template' }));
    expect(screen.getByText(/Give the cycle a name/)).toBeInTheDocument();
    expect(screen.getByText('Choose the period the cycle reviews')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Name'), 'Annual 2026');
    await user.selectOptions(await screen.findByLabelText('Period reviewed'), '2026 Q4');
    await user.click(screen.getByRole('button', { name: 'Next: Template' }));
    await user.click(screen.getByRole('button', { name: 'Next: Participants' }));
    expect(screen.getByText('Choose the questions to ask')).toBeInTheDocument();
    await user.selectOptions(await screen.findByLabelText('Template'), 'Annual');
    await user.click(screen.getByRole('button', { name: 'Next: Participants' }));

    await user.selectOptions(screen.getByLabelText('Who is reviewed'), 'TEAM');
    await user.selectOptions(await screen.findByLabelText('Team'), 'Engineering');
    await user.click(screen.getByRole('button', { name: 'Next: Deadlines' }));
    await user.click(screen.getByRole('button', { name: 'Next: Review' }));

    const who = screen.getByRole('region', { name: 'Who will be reviewed' });
    expect(who).toHaveTextContent('2 people will be reviewed');
    expect(who).toHaveTextContent('Ana, Bo');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Create and launch…' }));
    const confirm = screen.getByRole('dialog', { name: 'Launch this cycle now?' });
    expect(confirm).toHaveTextContent('e-mails the 2 people being reviewed');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });
});
