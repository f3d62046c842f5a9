import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PersonFormDialog } from '@/features/admin/components/person-form-dialog';
import { makePerson, page } from '@/testing/fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

const morgan = makePerson({ name: 'Morgan Manager' });

function mockOptions(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/v1/teams': () =>
      json(page([{ id: 'team-1', name: 'Platform', memberCount: 1, version: 0 }])),
    'GET /api/v1/people': () => json(page([morgan])),
    ...extra,
  });
}

async function fillInvite(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Name'), 'Nia New');
  await user.type(screen.getByLabelText('Email'), 'nia@example.com');
}

describe('invite person dialog', () => {
  it('validates before calling the API', async () => {
    const { requests } = mockOptions();
    renderWithProviders(<PersonFormDialog onClose={vi.fn()} onSaved={vi.fn()} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Invite person' }));

    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Enter a name.');
    expect(screen.queryByLabelText(/password/i)).not.toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('shows problem+json detail at the top and each error next to its field', async () => {
    mockOptions({
      'POST /api/v1/people': () =>
        problem(400, {
          detail: 'The person could not be saved.',
          errors: [
            { field: 'email', message: 'A person with this email already exists.' },
            { field: 'managerId', message: 'This manager would create a reporting cycle.' },
          ],
        }),
    });
    const onSaved = vi.fn();
    renderWithProviders(<PersonFormDialog onClose={vi.fn()} onSaved={onSaved} />);
    const user = userEvent.setup();
    await fillInvite(user);
    await user.selectOptions(
      await screen.findByLabelText(/Manager/),
      await screen.findByRole('option', { name: 'Morgan Manager' }),
    );

    await user.click(screen.getByRole('button', { name: 'Invite person' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The person could not be saved.');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'A person with this email already exists.',
    );
    expect(screen.getByLabelText(/Manager/)).toHaveAccessibleDescription(
      'This manager would create a reporting cycle.',
    );
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('sends the new person with roles, and no password: the invitation e-mail carries the link', async () => {
    const { requests } = mockOptions({
      'POST /api/v1/people': () =>
        new Response(null, { status: 201, headers: { Location: '/api/v1/people/new-id' } }),
    });
    const onSaved = vi.fn();
    renderWithProviders(<PersonFormDialog onClose={vi.fn()} onSaved={onSaved} />);
    const user = userEvent.setup();
    await fillInvite(user);
    await user.click(screen.getByRole('checkbox', { name: 'Admin' }));

    await user.click(screen.getByRole('button', { name: 'Invite person' }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith('Nia New'));
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({
      name: 'Nia New',
      email: 'nia@example.com',
      roles: ['EMPLOYEE', 'ADMIN'],
    });
    expect(screen.getByText(/e-mail with a link to choose their own password/)).toBeInTheDocument();
  });
});
