import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NotesEditor } from '@/features/sessions/components/notes-editor';
import { renderWithProviders } from '@/testing/render';
import { ApiError } from '@/lib/problem';

function setup(
  save: (
    body: string,
    version: number | null | undefined,
  ) => Promise<{ body: string; version?: number | null }>,
) {
  renderWithProviders(
    <NotesEditor
      id="shared-notes"
      label="Shared notes"
      server={{ body: 'Start', version: 2 }}
      editable
      save={save}
      loadLatest={() => Promise.resolve({ body: 'Their words', version: 3 })}
    />,
  );
  return userEvent.setup();
}

describe('notes autosave', () => {
  it('saves after a pause in typing, with the version it started from, and says Saved', async () => {
    const saved: { body: string; version: number | null | undefined }[] = [];
    const user = setup((body, version) => {
      saved.push({ body, version });
      return Promise.resolve({ body, version: (version ?? 0) + 1 });
    });

    await user.type(screen.getByLabelText('Shared notes'), ' and more');
    expect(screen.getByRole('status')).toHaveTextContent(/Unsaved changes|Saving/);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved'));
    expect(saved).toEqual([{ body: 'Start and more', version: 2 }]);

    await user.type(screen.getByLabelText('Shared notes'), '!');
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]).toEqual({ body: 'Start and more!', version: 3 });
  });

  it('keeps the typed text on a conflict and saves it over theirs when asked', async () => {
    const saved: { body: string; version: number | null | undefined }[] = [];
    const user = setup((body, version) => {
      saved.push({ body, version });
      if (version === 2) return Promise.reject(new ApiError(409, { status: 409, detail: 'stale' }));
      return Promise.resolve({ body, version: 4 });
    });

    await user.type(screen.getByLabelText('Shared notes'), ' mine');
    expect(
      await screen.findByText(/Someone else saved these shared notes while you were typing/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Shared notes')).toHaveValue('Start mine');
    expect(await screen.findByText('Their words')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Keep my text' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved'));
    expect(saved.at(-1)).toEqual({ body: 'Start mine', version: 3 });
  });

  it('takes their version when asked', async () => {
    const user = setup(() => Promise.reject(new ApiError(409, { status: 409 })));
    await user.type(screen.getByLabelText('Shared notes'), ' mine');
    await user.click(await screen.findByRole('button', { name: 'Use their version' }));
    expect(screen.getByLabelText('Shared notes')).toHaveValue('Their words');
  });
});
