import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WebhookFormDialog } from '@/features/webhooks/components/webhook-form-dialog';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

const schema = { type: 'object' };
const types = [
  { type: 'objective.created', area: 'objectives', description: 'created', schema },
  { type: 'key_result.checked_in', area: 'check-ins', description: 'checked in', schema },
  { type: 'person.created', area: 'people', description: 'added', schema },
];

describe('new webhook dialog', () => {
  it('asks for a URL and an event before calling the API', async () => {
    const { requests } = mockApi({ 'GET /api/v1/webhooks/event-types': () => json(types) });
    renderWithProviders(<WebhookFormDialog onClose={vi.fn()} onCreated={vi.fn()} />);
    const user = userEvent.setup();
    await screen.findByRole('group', { name: 'people' });

    await user.click(screen.getByRole('button', { name: 'Create webhook' }));

    expect(screen.getByLabelText('Endpoint URL')).toHaveAccessibleDescription(
      'Enter the URL of the receiving endpoint.',
    );
    expect(screen.getByText('Pick at least one event.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('sends the picked events and shows the server refusing the URL next to it', async () => {
    const { requests } = mockApi({
      'GET /api/v1/webhooks/event-types': () => json(types),
      'POST /api/v1/webhooks': () =>
        problem(400, {
          detail: 'The request has invalid fields: see errors.',
          errors: [{ field: 'url', message: 'resolves to a private address (10.0.0.1)' }],
        }),
    });
    const onCreated = vi.fn();
    renderWithProviders(<WebhookFormDialog onClose={vi.fn()} onCreated={onCreated} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Endpoint URL'), 'https://intranet.example/hook');
    await user.click(await screen.findByRole('checkbox', { name: 'key_result.checked_in' }));
    await user.click(screen.getByRole('checkbox', { name: 'person.created' }));

    await user.click(screen.getByRole('button', { name: 'Create webhook' }));

    expect(await screen.findByText('resolves to a private address (10.0.0.1)')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST');
    expect(await post?.json()).toMatchObject({
      url: 'https://intranet.example/hook',
      eventTypes: ['key_result.checked_in', 'person.created'],
    });
    expect(onCreated).not.toHaveBeenCalled();
  });
});
