import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SessionDetail as Detail } from '@/features/sessions/api/get-session';
import { SessionDetail } from '@/features/sessions/components/session-detail';
import { makeMe } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

const me = makeMe();
const morgan = { id: '22222222-2222-2222-2222-222222222222', name: 'Morgan Manager' };

function item(id: string, title: string, mine: boolean, position: number) {
  return {
    id,
    title,
    author: mine ? { id: me.id, name: me.name } : morgan,
    position,
    discussed: false,
    carriedOver: id === 'a1',
    mine,
    version: 0,
  };
}

function makeSessionDetail(overrides: Partial<Detail> = {}): Detail {
  return {
    id: 's1',
    seriesId: 's1',
    kind: 'ONE_TO_ONE',
    participants: [morgan, { id: me.id, name: me.name }],
    startsAt: '2030-01-07T10:00:00Z',
    endsAt: '2030-01-07T10:30:00Z',
    durationMinutes: 30,
    recurrence: 'WEEKLY',
    status: 'SCHEDULED',
    tentative: false,
    seriesEnded: false,
    locked: false,
    contentVisible: true,
    agendaItems: [item('a1', 'Roadmap', false, 0), item('a2', 'Budget', true, 1)],
    sharedNotes: { body: 'Shared words' },
    actionItems: [],
    objectives: [],
    permissions: { canEdit: true, canReschedule: true, canCancel: true, canComplete: true },
    version: 3,
    ...overrides,
  };
}

describe('session page', () => {
  it('keeps Complete disabled, saying why, until the session starts', async () => {
    mockApi({
      'GET /api/v1/me': () => json(me),
      'GET /api/v1/sessions/:id': () => json(makeSessionDetail()),
      'GET /api/v1/sessions/:id/private-notes': () => json({ body: '' }),
    });
    renderWithProviders(<SessionDetail sessionId="s1" />);
    const complete = await screen.findByRole('button', { name: 'Complete 1:1' });
    expect(complete).toBeDisabled();
    expect(complete).toHaveAccessibleDescription(/can be completed once it starts \(.*7 Jan 2030/);
  });

  it('offers Complete once the session has started', async () => {
    mockApi({
      'GET /api/v1/me': () => json(me),
      'GET /api/v1/sessions/:id': () =>
        json(
          makeSessionDetail({ startsAt: '2020-01-07T10:00:00Z', endsAt: '2020-01-07T10:30:00Z' }),
        ),
      'GET /api/v1/sessions/:id/private-notes': () => json({ body: '' }),
    });
    renderWithProviders(<SessionDetail sessionId="s1" />);
    expect(await screen.findByRole('button', { name: 'Complete 1:1' })).toBeEnabled();
    expect(screen.queryByText(/can be completed once it starts/)).not.toBeInTheDocument();
  });

  it('shows the agenda, marks carried items and reorders by keyboard', async () => {
    const { requests } = mockApi({
      'GET /api/v1/me': () => json(me),
      'GET /api/v1/sessions/:id': () => json(makeSessionDetail()),
      'GET /api/v1/sessions/:id/private-notes': () => json({ body: 'Only mine' }),
      'POST /api/v1/sessions/:id/agenda-items/reorder': () => json([]),
    });
    renderWithProviders(<SessionDetail sessionId="s1" />);
    const user = userEvent.setup();

    const agenda = await screen.findByRole('list', { name: 'Agenda items' });
    const rows = within(agenda).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('Roadmap');
    expect(rows[0]).toHaveTextContent('Carried over');
    // only the author may remove an item
    expect(screen.queryByRole('button', { name: 'Remove "Roadmap"' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove "Budget"' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Move "Budget" up' }));
    const reorder = requests.find((r) => r.url.endsWith('/agenda-items/reorder'));
    expect(await reorder!.json()).toEqual({ itemIds: ['a2', 'a1'] });
    expect(screen.getByText('Moved "Budget" to position 1 of 2.')).toBeInTheDocument();
  });

  it('keeps the private notes in their own panel that says only you can see them', async () => {
    mockApi({
      'GET /api/v1/me': () => json(me),
      'GET /api/v1/sessions/:id': () => json(makeSessionDetail()),
      'GET /api/v1/sessions/:id/private-notes': () => json({ body: 'Only mine', version: 0 }),
    });
    renderWithProviders(<SessionDetail sessionId="s1" />);

    expect(await screen.findByLabelText('Private notes')).toHaveValue('Only mine');
    expect(screen.getByText('Only you can see this.')).toBeInTheDocument();
    expect(screen.getByLabelText('Shared notes')).toHaveValue('Shared words');
  });

  it('shows a locked session read-only with the reason', async () => {
    const reason = 'This session was completed on 1 Jan 2030 and its record locked on 8 Jan 2030.';
    mockApi({
      'GET /api/v1/me': () => json(me),
      'GET /api/v1/sessions/:id': () =>
        json(
          makeSessionDetail({
            status: 'COMPLETED',
            locked: true,
            readOnlyReason: reason,
            permissions: {
              canEdit: false,
              canReschedule: false,
              canCancel: false,
              canComplete: false,
            },
          }),
        ),
      'GET /api/v1/sessions/:id/private-notes': () => json({ body: '' }),
    });
    renderWithProviders(<SessionDetail sessionId="s1" />);

    expect(await screen.findByRole('note')).toHaveTextContent(reason);
    expect(screen.queryByRole('button', { name: 'Complete 1:1' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('New agenda item')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Shared notes')).toHaveAttribute('readonly');
    expect(screen.getByText('Locked')).toBeInTheDocument();
  });

  it('edits an action item and flags one past its due date', async () => {
    const action = {
      id: 'x1',
      sessionId: 's1',
      sessionStartsAt: '2030-01-07T10:00:00Z',
      title: 'Draft the plan',
      assignee: { id: me.id, name: me.name },
      author: morgan,
      dueDate: '2020-01-01',
      done: false,
      carriedOver: false,
      carriedForward: false,
      version: 5,
    };
    const { requests } = mockApi({
      'GET /api/v1/me': () => json(me),
      'GET /api/v1/sessions/:id': () => json(makeSessionDetail({ actionItems: [action] })),
      'GET /api/v1/sessions/:id/private-notes': () => json({ body: '' }),
      'PUT /api/v1/sessions/:id/action-items/:itemId': ({ body }) =>
        json({ ...action, ...(body as object) }),
    });
    renderWithProviders(<SessionDetail sessionId="s1" />);
    const user = userEvent.setup();

    expect(await screen.findByText('Overdue')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit "Draft the plan"' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit action item' });
    await user.clear(within(dialog).getByLabelText('What'));
    await user.click(within(dialog).getByRole('button', { name: 'Save action item' }));
    expect(within(dialog).getByText('Say what is to be done')).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('What'), 'Share the plan');
    await user.selectOptions(within(dialog).getByLabelText('Who'), 'Morgan Manager');
    await user.clear(within(dialog).getByLabelText(/Due/));
    await user.click(within(dialog).getByRole('button', { name: 'Save action item' }));

    const put = requests.find((r) => r.method === 'PUT');
    expect(await put!.json()).toEqual({
      title: 'Share the plan',
      assigneeId: morgan.id,
      clearDueDate: true,
      version: 5,
    });
  });
});
