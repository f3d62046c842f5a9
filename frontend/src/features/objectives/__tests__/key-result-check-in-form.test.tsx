import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KeyResultCheckInForm } from '@/features/objectives/components/key-result-check-in-form';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';
import { makeKeyResult } from './objective-fixtures';

const milestones = makeKeyResult({
  id: 'kr-1',
  title: 'Launch milestones',
  kind: 'MILESTONE',
  targetValue: 6,
  currentValue: 2,
  unit: 'milestones',
});

function renderForm(keyResult = milestones, onDone = vi.fn()) {
  renderWithProviders(
    <KeyResultCheckInForm keyResult={keyResult} onDone={onDone} onCancel={vi.fn()} />,
  );
  return { onDone, user: userEvent.setup() };
}

describe('key result check-in form', () => {
  it('asks for a whole number of milestones and a confidence from 1 to 10 before sending', async () => {
    const { requests } = mockApi({});
    const { user } = renderForm();
    const value = screen.getByLabelText('Milestones reached (of 6)');
    await user.clear(value);
    await user.type(value, '2.5');
    await user.type(screen.getByLabelText(/Confidence/), '11');

    await user.click(screen.getByRole('button', { name: 'Save check-in' }));

    expect(value).toHaveAccessibleDescription('Enter a whole number of milestones.');
    expect(screen.getByLabelText(/Confidence/)).toHaveAccessibleDescription(
      'Use a whole number from 1 to 10.',
    );
    expect(requests).toHaveLength(0);
  });

  it('shows the server problem next to its field', async () => {
    mockApi({
      'POST /api/v1/key-results/:id/check-ins': () =>
        problem(400, {
          detail: 'The request has invalid fields: see errors.',
          errors: [{ field: 'value', message: 'must not exceed the 6 milestones' }],
        }),
    });
    const { user, onDone } = renderForm();
    const value = screen.getByLabelText('Milestones reached (of 6)');
    await user.clear(value);
    await user.type(value, '9');

    await user.click(screen.getByRole('button', { name: 'Save check-in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('invalid fields');
    expect(value).toHaveAccessibleDescription('must not exceed the 6 milestones');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('sends the value with the optional health, confidence and comment', async () => {
    const { requests } = mockApi({
      'POST /api/v1/key-results/:id/check-ins': () => json({ id: 'c1' }, 201),
    });
    const { user, onDone } = renderForm();
    const value = screen.getByLabelText('Milestones reached (of 6)');
    await user.clear(value);
    await user.type(value, '3');
    await user.selectOptions(screen.getByLabelText(/Health/), 'At risk');
    await user.type(screen.getByLabelText(/Confidence/), '6');
    await user.type(screen.getByLabelText(/Comment/), 'Berlin is live.');

    await user.click(screen.getByRole('button', { name: 'Save check-in' }));

    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    const post = requests.find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/key-results/kr-1/check-ins');
    expect(await post.json()).toEqual({
      value: 3,
      health: 'AT_RISK',
      confidence: 6,
      comment: 'Berlin is live.',
    });
  });

  it('uses a checkbox for a done / not done key result', async () => {
    const { requests } = mockApi({
      'POST /api/v1/key-results/:id/check-ins': () => json({ id: 'c1' }, 201),
    });
    const runbook = makeKeyResult({
      id: 'kr-2',
      title: 'Runbook',
      kind: 'BOOLEAN',
      currentValue: 0,
    });
    const { user, onDone } = renderForm(runbook);

    await user.click(screen.getByRole('checkbox', { name: 'Done' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));

    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await requests[0].json()).toEqual({ value: 1 });
  });
});
