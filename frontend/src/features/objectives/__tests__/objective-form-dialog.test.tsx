import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ObjectiveFormDialog } from '@/features/objectives/components/objective-form-dialog';
import { sessionStore } from '@/lib/session';
import { makeAdmin, makeMe, makeSession, page } from '@/testing/fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';
import { makeObjective, Q3, Q4 } from './objective-fixtures';

function mockOptions(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/v1/periods': () => json(page([Q4, Q3])),
    'GET /api/v1/people': () => json(page([])),
    ...extra,
  });
}

describe('objective form', () => {
  it('offers the company level to admins only', async () => {
    sessionStore.start(makeSession(makeMe()));
    mockOptions();
    const { unmount } = renderWithProviders(
      <ObjectiveFormDialog onClose={vi.fn()} onSaved={vi.fn()} />,
    );
    expect(screen.queryByRole('option', { name: 'Company goal' })).not.toBeInTheDocument();
    unmount();

    sessionStore.start(makeSession(makeAdmin()));
    renderWithProviders(<ObjectiveFormDialog onClose={vi.fn()} onSaved={vi.fn()} />);
    expect(screen.getByRole('option', { name: 'Company goal' })).toBeInTheDocument();
  });

  it('creates a draft in the current period with kind-specific key results', async () => {
    sessionStore.start(makeSession(makeMe()));
    const { requests } = mockOptions({
      'POST /api/v1/objectives': () =>
        new Response('{}', {
          status: 201,
          headers: { Location: '/api/v1/objectives/new-id', 'Content-Type': 'application/json' },
        }),
    });
    const onSaved = vi.fn();
    renderWithProviders(<ObjectiveFormDialog onClose={vi.fn()} onSaved={onSaved} />);
    const user = userEvent.setup();
    await screen.findByRole('option', { name: '2026 Q4 (current)' });

    await user.type(screen.getByLabelText('Title'), 'Ship faster');
    await user.click(screen.getByRole('button', { name: 'Add key result' }));
    await user.type(screen.getByLabelText('What will you measure?'), 'Deploys a week');
    await user.selectOptions(screen.getByLabelText('Kind'), 'Number');
    await user.click(screen.getByRole('button', { name: 'Create draft' }));
    expect(screen.getByLabelText(/Target/)).toHaveAccessibleDescription(
      'Enter the target as a number.',
    );

    await user.type(screen.getByLabelText(/Target/), '20');
    await user.type(screen.getByLabelText(/Unit/), 'deploys');
    await user.click(screen.getByRole('button', { name: 'Create draft' }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith('new-id', 'Ship faster'));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toMatchObject({
      title: 'Ship faster',
      level: 'INDIVIDUAL',
      periodId: Q4.id,
      teamId: 'team-1',
      visibility: 'ORGANIZATION',
      keyResults: [
        {
          title: 'Deploys a week',
          kind: 'NUMBER',
          startValue: 0,
          targetValue: 20,
          unit: 'deploys',
        },
      ],
    });
  });

  it('sends the version on edit and offers a reload when someone else changed it', async () => {
    sessionStore.start(makeSession(makeMe()));
    const { requests } = mockOptions({
      'PUT /api/v1/objectives/:id': () =>
        problem(409, { detail: 'The objective was changed by someone else.' }),
    });
    const onReload = vi.fn();
    renderWithProviders(
      <ObjectiveFormDialog
        objective={makeObjective({ version: 7, team: { id: 'team-9', name: 'Robotics' } })}
        onClose={vi.fn()}
        onSaved={vi.fn()}
        onReload={onReload}
      />,
    );
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Title'), ' now');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/Someone changed this objective/);
    expect(await requests.find((r) => r.method === 'PUT')!.json()).toMatchObject({
      title: 'Build the canary release stage now',
      teamId: 'team-9',
      version: 7,
    });
    await user.click(screen.getByRole('button', { name: 'Reload objective' }));
    expect(onReload).toHaveBeenCalled();
  });
});
