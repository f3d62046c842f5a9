import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WorkflowActions } from '@/features/objectives/components/workflow-actions';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';
import { makeObjective, NO_PERMISSIONS } from './objective-fixtures';

function buttons() {
  return within(screen.getByRole('group', { name: 'Objective actions' }))
    .queryAllByRole('button')
    .map((button) => button.textContent);
}

describe('workflow buttons', () => {
  it('shows nothing the caller may not do', () => {
    mockApi({});
    renderWithProviders(<WorkflowActions objective={makeObjective()} onEdit={() => {}} />);
    expect(buttons()).toEqual([]);
  });

  it("offers the owner's draft actions", () => {
    mockApi({});
    const objective = makeObjective({
      status: 'DRAFT',
      permissions: { ...NO_PERMISSIONS, canPropose: true, canEdit: true, canCancel: true },
    });
    renderWithProviders(<WorkflowActions objective={objective} onEdit={() => {}} />);
    expect(buttons()).toEqual(['Propose', 'Edit', 'Cancel objective…']);
  });

  it("offers the manager's agreement actions and returns with a comment", async () => {
    const { requests } = mockApi({
      'POST /api/v1/objectives/:id/return': () => json(makeObjective({ status: 'DRAFT' })),
    });
    const objective = makeObjective({
      status: 'DRAFT',
      permissions: { ...NO_PERMISSIONS, canApprove: true, canReturn: true },
    });
    renderWithProviders(<WorkflowActions objective={objective} />);
    expect(buttons()).toEqual(['Agree', 'Return…']);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Return…' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Return to owner' }));
    expect(within(dialog).getByLabelText('Comment for the owner')).toHaveAccessibleDescription(
      'Say what should change before you agree.',
    );
    await user.type(
      within(dialog).getByLabelText('Comment for the owner'),
      'Add a measurable target.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Return to owner' }));

    expect(await screen.findByText('Returned to the owner with your comment.')).toBeInTheDocument();
    expect(await requests.at(-1)!.json()).toEqual({
      comment: 'Add a measurable target.',
      version: 3,
    });
  });

  it('offers complete and archive on an active objective, each behind a confirmation', async () => {
    const { requests } = mockApi({
      'POST /api/v1/objectives/:id/complete': () => json(makeObjective({ status: 'COMPLETED' })),
    });
    const objective = makeObjective({
      permissions: { ...NO_PERMISSIONS, canComplete: true, canArchive: true },
    });
    renderWithProviders(<WorkflowActions objective={objective} />);
    expect(buttons()).toEqual(['Complete…', 'Archive…']);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Complete…' }));
    expect(requests).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Complete objective' }));

    expect(await screen.findByText('The objective is completed.')).toBeInTheDocument();
    expect(new URL(requests[0].url).pathname).toBe('/api/v1/objectives/objective-1/complete');
    expect(await requests[0].json()).toEqual({ version: 3 });
  });

  it('offers the manager to reopen a completed objective and to unarchive an archived one', async () => {
    const { requests } = mockApi({
      'POST /api/v1/objectives/:id/reopen': () => json(makeObjective({ status: 'ACTIVE' })),
    });
    const objective = makeObjective({
      status: 'COMPLETED',
      version: 7,
      permissions: { ...NO_PERMISSIONS, canReopen: true },
    });
    renderWithProviders(<WorkflowActions objective={objective} />);
    expect(buttons()).toEqual(['Reopen…']);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Reopen…' }));
    await user.click(screen.getByRole('button', { name: 'Reopen objective' }));

    expect(await screen.findByText('The objective is active again.')).toBeInTheDocument();
    expect(new URL(requests[0].url).pathname).toBe('/api/v1/objectives/objective-1/reopen');
    expect(await requests[0].json()).toEqual({ version: 7 });
  });

  it('offers unarchive on an archived objective', () => {
    mockApi({});
    const objective = makeObjective({
      status: 'ARCHIVED',
      permissions: { ...NO_PERMISSIONS, canUnarchive: true },
    });
    renderWithProviders(<WorkflowActions objective={objective} />);
    expect(buttons()).toEqual(['Unarchive…']);
  });
});
