import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ImportPeopleDialog } from '@/features/admin/components/import-people-dialog';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

const CSV =
  'email,name,manager_email\nnia@example.com,Nia New,\nlou@example.com,Lou Lost,nobody@example.com\n';

const preview = {
  dryRun: true,
  created: 1,
  updated: 0,
  unchanged: 0,
  invalid: 1,
  rows: [
    {
      row: 2,
      email: 'nia@example.com',
      name: 'Nia New',
      action: 'CREATE',
      changes: [],
      errors: [],
    },
    {
      row: 3,
      email: 'lou@example.com',
      name: 'Lou Lost',
      action: 'INVALID',
      changes: [],
      errors: [
        {
          column: 'manager_email',
          message: 'no one has this email, in the organization or in the file',
        },
      ],
    },
  ],
};

async function paste(user: ReturnType<typeof userEvent.setup>, text: string) {
  const area = screen.getByLabelText('Or paste the CSV');
  await user.click(area);
  await user.paste(text);
}

describe('import people dialog', () => {
  it('checks the file before sending it', async () => {
    const { requests } = mockApi({});
    renderWithProviders(<ImportPeopleDialog onClose={vi.fn()} onImported={vi.fn()} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(screen.getByLabelText('Or paste the CSV')).toHaveAccessibleDescription(
      'Choose a CSV file or paste its contents.',
    );
    await paste(user, 'name,title\nNia,Engineer');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(screen.getByLabelText('Or paste the CSV')).toHaveAccessibleDescription(
      /must be the header, with an email column/,
    );
    expect(requests).toHaveLength(0);
  });

  it('previews each row, names the column of each error and refuses to import while any row fails', async () => {
    const { requests } = mockApi({ 'POST /api/v1/people/import': () => json(preview) });
    const onImported = vi.fn();
    renderWithProviders(<ImportPeopleDialog onClose={vi.fn()} onImported={onImported} />);
    const user = userEvent.setup();

    await paste(user, CSV);
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    const table = await screen.findByRole('table', { name: 'What the import does, row by row' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Lou Lost');
    expect(rows[1]).toHaveTextContent('Error');
    expect(rows[1]).toHaveTextContent('manager_email no one has this email');
    expect(rows[2]).toHaveTextContent('Nia New');
    expect(rows[2]).toHaveTextContent('New');
    expect(screen.getByText(/Fix the row with errors/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import 1 person' })).toBeDisabled();

    const sent = requests[0];
    expect(new URL(sent.url).searchParams.get('dryRun')).toBe('true');
    expect(sent.headers.get('Content-Type')).toContain('text/csv');
    expect(await sent.text()).toBe(CSV.trim());
    expect(onImported).not.toHaveBeenCalled();
  });

  it('imports after the confirmation when the preview is clean', async () => {
    const clean = { ...preview, invalid: 0, rows: [preview.rows[0]] };
    const { requests } = mockApi({
      'POST /api/v1/people/import': ({ url }) =>
        json({ ...clean, dryRun: url.searchParams.get('dryRun') === 'true' }),
    });
    const onImported = vi.fn();
    renderWithProviders(<ImportPeopleDialog onClose={vi.fn()} onImported={onImported} />);
    const user = userEvent.setup();

    await paste(user, 'email,name\nnia@example.com,Nia New');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await user.click(await screen.findByRole('button', { name: 'Import 1 person' }));

    await vi.waitFor(() =>
      expect(onImported).toHaveBeenCalledWith('Imported: 1 new, 0 changed, 0 unchanged.'),
    );
    expect(requests.map((r) => new URL(r.url).searchParams.get('dryRun'))).toEqual([
      'true',
      'false',
    ]);
  });

  it('shows what is wrong with a file the server cannot read', async () => {
    mockApi({
      'POST /api/v1/people/import': () =>
        problem(400, {
          errors: [{ field: 'header', message: 'has an unknown column "shoe_size"' }],
        }),
    });
    renderWithProviders(<ImportPeopleDialog onClose={vi.fn()} onImported={vi.fn()} />);
    const user = userEvent.setup();

    await paste(user, 'email,name,shoe_size\nx@example.com,X,42');
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    expect(
      await screen.findByText('The header has an unknown column "shoe_size".'),
    ).toBeInTheDocument();
  });
});
