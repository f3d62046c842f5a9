import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Template } from '@/features/reviews/api/review-templates';
import { TemplateEditorDialog } from '@/features/reviews/components/template-editor/template-editor-dialog';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

const question = (id: string, text: string) => ({
  id,
  kind: 'RATING' as const,
  text,
  roles: ['SELF' as const, 'MANAGER' as const],
  required: true,
  weight: 1,
});

const template: Template = {
  id: 't1',
  name: 'Annual',
  scale: [
    { value: 1, label: 'Low' },
    { value: 2, label: 'High' },
  ],
  allowNotRated: true,
  sections: [
    { id: 's1', title: 'Delivery', questions: [question('q1', 'Quality'), question('q2', 'Pace')] },
    { id: 's2', title: 'Values', questions: [question('q3', 'Candour')] },
  ],
  inUse: false,
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('review template editor', () => {
  it('moves questions and sections with the keyboard, deletes them, and saves the new order', async () => {
    const { requests } = mockApi({
      'PUT /api/v1/review-templates/t1': () => json(template),
    });
    const onSaved = vi.fn();
    renderWithProviders(
      <TemplateEditorDialog template={template} onClose={vi.fn()} onSaved={onSaved} />,
    );
    const user = userEvent.setup();

    // Pace moves above Quality with the arrow key on its handle, which keeps focus
    const pace = screen.getByRole('button', { name: /Move question 2 \(position 2 of 2\)/ });
    pace.focus();
    await user.keyboard('{ArrowUp}');
    await waitFor(() =>
      expect(screen.getByText('Question moved to position 1 of 2.')).toBeInTheDocument(),
    );
    const first = within(screen.getByRole('list', { name: 'Questions of section 1' }));
    expect(first.getAllByLabelText('Question').map((i) => (i as HTMLInputElement).value)).toEqual([
      'Pace',
      'Quality',
    ]);

    // Values moves to the top; the last question of a section cannot be deleted, a section can
    screen.getByRole('button', { name: /Move section 2/ }).focus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: /Delete question 1 “Candour”/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /Delete question 2 “Quality”/ }));
    await user.click(screen.getByRole('button', { name: /Delete section 1 “Values”/ }));
    expect(screen.getByRole('button', { name: /Delete section 1 “Delivery”/ })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const put = requests.find((r) => r.method === 'PUT');
    const body = await put!.json();
    expect(body.version).toBe(3);
    expect(body.sections).toHaveLength(1);
    expect(body.sections[0].id).toBe('s1');
    expect(body.sections[0].questions.map((q: { id: string }) => q.id)).toEqual(['q2']);
  });

  it('checks every field before saving', async () => {
    const { requests } = mockApi({});
    renderWithProviders(<TemplateEditorDialog onClose={vi.fn()} onSaved={vi.fn()} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect(await screen.findByText('Enter a name.')).toBeInTheDocument();
    expect(screen.getByText('Enter the question.')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });
});
