import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReminderRulesAdmin } from '@/features/admin/components/reminder-rules-admin';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

const rule = {
  id: 'r1',
  trigger: 'REVIEW_DUE',
  offset: 2,
  audience: 'SUBJECT',
  channel: 'BOTH',
  quietHours: '21:00-07:00',
  enabled: true,
  version: 3,
} as const;

describe('reminder rules admin', () => {
  it('lists the rules in words and saves an edit with its version', async () => {
    let saved: unknown = null;
    const { requests } = mockApi({
      'GET /api/v1/reminder-rules': () =>
        json([
          rule,
          {
            ...rule,
            id: 'r2',
            trigger: 'ONE_TO_ONE_UPCOMING',
            offset: 24,
            quietHours: null,
            enabled: false,
          },
        ]),
      'PUT /api/v1/reminder-rules/:id': ({ body }) => {
        saved = body;
        return json({ ...rule, ...(body as object), version: 4 });
      },
    });
    renderWithProviders(<ReminderRulesAdmin />);
    const table = await screen.findByRole('table', { name: 'Reminder rules' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Review step due soon');
    expect(rows[1]).toHaveTextContent('Days before the deadline: 2 days');
    expect(rows[1]).toHaveTextContent('21:00–07:00');
    expect(rows[2]).toHaveTextContent('1:1 coming up');
    expect(rows[2]).toHaveTextContent('24 hours');
    expect(rows[2]).toHaveTextContent('Off');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit Review step due soon (2 days)' }));
    const offset = screen.getByRole('spinbutton', { name: 'Days before the deadline' });
    await user.clear(offset);
    await user.type(offset, '400');
    await user.click(screen.getByRole('button', { name: 'Save rule' }));
    expect(await screen.findByText('Between 0 and 365.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0);

    await user.clear(offset);
    await user.type(offset, '5');
    await user.clear(screen.getByLabelText(/^Until/));
    await user.click(screen.getByRole('button', { name: 'Save rule' }));
    expect(
      await screen.findByText('Give both times, or neither for no quiet hours.'),
    ).toBeInTheDocument();

    await user.clear(screen.getByLabelText(/^From/));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Who is reminded' }), 'BOTH');
    await user.click(screen.getByRole('button', { name: 'Save rule' }));
    expect(await screen.findByText('“Review step due soon” was saved.')).toBeInTheDocument();
    expect(saved).toEqual({
      trigger: 'REVIEW_DUE',
      offset: 5,
      audience: 'BOTH',
      channel: 'BOTH',
      quietHours: null,
      enabled: true,
      version: 3,
    });
  });

  it("shows the server's field error next to the field", async () => {
    mockApi({
      'GET /api/v1/reminder-rules': () => json([]),
      'POST /api/v1/reminder-rules': () =>
        problem(400, {
          detail: 'The request has invalid fields: see errors.',
          errors: [{ field: 'quietHours', message: 'must read HH:MM-HH:MM, e.g. 21:00-07:00' }],
        }),
    });
    renderWithProviders(<ReminderRulesAdmin />);
    expect(await screen.findByText('No reminder rules')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'New rule' }));
    await user.click(screen.getByRole('button', { name: 'Add rule' }));
    expect(await screen.findByText('must read HH:MM-HH:MM, e.g. 21:00-07:00')).toBeInTheDocument();
  });
});
