import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AuditLogAdmin } from '@/features/integrations/components/audit-log-admin';
import { page } from '@/testing/fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

const event = {
  id: 'ev-1',
  occurredAt: '2026-11-20T08:30:00Z',
  actor: { id: 'p-admin', name: 'Alex Kim' },
  actorKind: 'PERSON',
  tokenId: null,
  action: 'person.updated',
  resourceType: 'people',
  resourceId: 'p-erin',
  summary: 'Erin Walsh',
  changes: {
    roles: { before: 'EMPLOYEE', after: 'ADMIN,EMPLOYEE' },
    privateNote: { changed: true },
  },
  clientAddress: '198.51.100.4',
  requestId: 'req-1',
};

/** The action cell (its text is split where it may wrap). */
const findAction = (action: string) =>
  screen.findByText((_, element) => element?.tagName === 'CODE' && element.textContent === action);

describe('audit log', () => {
  it('shows who changed what, before and after, with a link to the resource', async () => {
    mockApi({
      'GET /api/v1/audit-events': () => json(page([event])),
      'GET /api/v1/people': () => json(page([])),
    });
    renderWithProviders(<AuditLogAdmin />);
    const row = (await findAction('person.updated')).closest('tr')!;
    expect(within(row).getByRole('link', { name: 'Erin Walsh' })).toHaveAttribute(
      'href',
      '/people/p-erin',
    );
    expect(within(row).getByText('EMPLOYEE')).toHaveClass(/before/);
    expect(within(row).getByText('ADMIN, EMPLOYEE')).toBeInTheDocument();
    expect(within(row).getByText('changed (content not recorded)')).toBeInTheDocument();
    expect(within(row).getByText('from 198.51.100.4')).toBeInTheDocument();
  });

  it('filters by a clicked actor and by dates, and shows a reversed range as an error', async () => {
    const { requests } = mockApi({
      'GET /api/v1/audit-events': () => json(page([event])),
      'GET /api/v1/people': () => json(page([])),
    });
    renderWithProviders(<AuditLogAdmin />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Alex Kim' }));
    await screen.findByRole('option', { name: 'Alex Kim' });
    const last = requests.filter((r) => r.url.includes('/audit-events')).at(-1)!;
    expect(new URL(last.url).searchParams.get('actorId')).toBe('p-admin');

    await user.type(screen.getByLabelText(/From/), '2026-11-10');
    await user.type(screen.getByLabelText(/To \(inclusive\)/), '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByText('The last day must be on or after the first.')).toBeInTheDocument();
  });

  it('says so when the export fails', async () => {
    mockApi({
      'GET /api/v1/audit-events': ({ url }) =>
        url.searchParams.get('format') === 'csv'
          ? problem(403, { detail: 'Only admins read the audit log.' })
          : json(page([event])),
      'GET /api/v1/people': () => json(page([])),
    });
    renderWithProviders(<AuditLogAdmin />);
    const user = userEvent.setup();
    await findAction('person.updated');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Only admins read the audit log.')).toBeInTheDocument();
  });
});
