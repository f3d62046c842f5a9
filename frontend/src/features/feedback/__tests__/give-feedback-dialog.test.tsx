import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FeedbackItem } from '@/features/feedback/api/get-feedback';
import { FeedbackCard } from '@/features/feedback/components/feedback-card';
import { GiveFeedbackDialog } from '@/features/feedback/components/give-feedback-dialog';
import { makeMe, makePerson, page } from '@/testing/fixtures';
import { pickOption } from '@/testing/combobox';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

const me = makeMe();
const hana = makePerson({ id: 'hana', name: 'Hana Suzuki' });
const ivan = makePerson({ id: 'ivan', name: 'Ivan Petrov' });
const settings = {
  allowPrivate: true,
  allowManagers: true,
  publicPraise: true,
  allowedVisibilities: ['PRIVATE', 'MANAGERS', 'PUBLIC'],
  guidance: { situation: 'Where?', behaviour: 'What did they do?', impact: 'What changed?' },
  version: 0,
};

function options() {
  return {
    'GET /api/v1/people': () => json(page([hana])),
    'GET /api/v1/company-values': () =>
      json(page([{ id: 'v1', name: 'Own it', archived: false, position: 0, version: 0 }])),
    'GET /api/v1/feedback-settings': () => json(settings),
    'GET /api/v1/feedback-prompt-templates': () => json(page([])),
  };
}

describe('give feedback', () => {
  it('composes the situation–behaviour–impact parts into one text', async () => {
    const { requests } = mockApi({
      ...options(),
      'POST /api/v1/feedback': ({ body }) => json({ id: 'f1', ...(body as object) }, 201),
    });
    const onClose = vi.fn();
    renderWithProviders(<GiveFeedbackDialog meId={me.id} onClose={onClose} />);
    const user = userEvent.setup();

    await pickOption(user, /Who is it for/, /Hana Suzuki/, 'hana');
    await user.type(screen.getByLabelText('Situation (optional)'), 'The design review');
    await user.type(screen.getByLabelText('Behaviour'), 'You explained the rollback');
    await user.click(screen.getByLabelText('Own it'));
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));

    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    const sent = await requests.find((r) => r.method === 'POST')!.json();
    expect(sent).toEqual({
      recipientId: 'hana',
      body: '**Situation:** The design review\n\n**Behaviour:** You explained the rollback',
      visibility: 'PRIVATE',
      valueIds: ['v1'],
    });
  }, 20_000);

  it('asks for the behaviour and shows the server’s field errors', async () => {
    mockApi({
      ...options(),
      'POST /api/v1/feedback': () =>
        problem(400, {
          detail: 'The request has invalid fields: see errors.',
          errors: [{ field: 'visibility', message: 'is not allowed by your organization' }],
        }),
    });
    renderWithProviders(<GiveFeedbackDialog meId={me.id} onClose={vi.fn()} />);
    const user = userEvent.setup();
    await pickOption(user, /Who is it for/, /Hana Suzuki/, 'hana');
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(await screen.findByText('Describe at least what they did.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Behaviour'), 'Helped');
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(await screen.findByText('is not allowed by your organization')).toBeInTheDocument();
  }, 20_000);
});

describe('linking feedback', () => {
  it('offers the recipient’s objectives, shared 1:1s and the giver’s review cycles', async () => {
    const { requests } = mockApi({
      ...options(),
      'GET /api/v1/people': () => json(page([hana, ivan])),
      'GET /api/v1/me': () => json(me),
      'GET /api/v1/objectives': () =>
        json(page([{ id: 'o1', title: 'Ship search', period: { id: 'p1', name: 'Q4' } }])),
      'GET /api/v1/sessions': () =>
        json(
          page([
            {
              id: 's1',
              title: '1:1 Erin / Hana',
              startsAt: '2026-11-20T10:00:00Z',
              participants: [
                { id: me.id, name: me.name },
                { id: 'hana', name: 'Hana Suzuki' },
              ],
            },
            {
              id: 's2',
              title: 'Not mine',
              startsAt: '2026-11-21T10:00:00Z',
              participants: [{ id: 'hana', name: 'Hana Suzuki' }],
            },
          ]),
        ),
      'GET /api/v1/reviews': () =>
        json(page([{ id: 'r1', cycle: { id: 'c1', name: 'H2 2026 reviews' } }])),
      'POST /api/v1/feedback': ({ body }) => json({ id: 'f1', ...(body as object) }, 201),
    });
    const onClose = vi.fn();
    renderWithProviders(<GiveFeedbackDialog meId={me.id} onClose={onClose} />);
    const user = userEvent.setup();

    expect(screen.queryByLabelText(/About an objective/)).not.toBeInTheDocument();
    await pickOption(user, /Who is it for/, /Hana Suzuki/, 'hana');
    await user.selectOptions(await screen.findByLabelText(/About an objective/), 'o1');
    const sessions = await screen.findByLabelText(/From a 1:1/);
    expect(screen.queryByRole('option', { name: /Not mine/ })).not.toBeInTheDocument();
    await user.selectOptions(sessions, 's1');
    await user.selectOptions(await screen.findByLabelText(/For a review cycle/), 'c1');
    // another recipient clears the objective and the 1:1 chosen for the first
    await pickOption(user, /Who is it for/, /Ivan Petrov/, 'ivan');
    expect(await screen.findByLabelText(/About an objective/)).toHaveValue('');
    await pickOption(user, /Who is it for/, /Hana Suzuki/, 'su');
    await user.selectOptions(await screen.findByLabelText(/About an objective/), 'o1');
    await user.selectOptions(await screen.findByLabelText(/From a 1:1/), 's1');
    await user.type(screen.getByLabelText('Behaviour'), 'Clear demo');
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));

    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    const objectives = requests.find((r) => r.url.includes('/api/v1/objectives'))!;
    expect(new URL(objectives.url).searchParams.get('ownerId')).toBe('hana');
    const sent = await requests.find((r) => r.method === 'POST')!.json();
    expect(sent).toMatchObject({ objectiveId: 'o1', sessionId: 's1', cycleId: 'c1' });
  }, 20_000);
});

describe('feedback card', () => {
  it('renders only the server-sanitized HTML, never the Markdown source', () => {
    const item = {
      id: 'f1',
      giver: { id: 'hana', name: 'Hana Suzuki' },
      recipient: { id: me.id, name: me.name },
      visibility: 'PRIVATE',
      praise: false,
      createdAt: '2026-11-20T10:00:00Z',
      contentVisible: true,
      body: '<img src=x onerror=alert(1)> **Thanks**',
      bodyHtml: '<p>&lt;img src=x onerror=alert(1)&gt; <strong>Thanks</strong></p>',
      values: [],
      reactions: [],
    } as FeedbackItem;
    const { container } = renderWithProviders(<FeedbackCard item={item} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('strong')).toHaveTextContent('Thanks');
    expect(screen.getByText(/<img src=x/)).toBeInTheDocument();
  });
});
