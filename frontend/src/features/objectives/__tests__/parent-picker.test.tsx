import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ParentPicker, type ParentChoice } from '@/features/objectives/components/parent-picker';
import { sessionStore } from '@/lib/session';
import { makeSession, page } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';
import { makeSummary } from './objective-fixtures';

function Picker() {
  const [value, setValue] = useState<ParentChoice | null>(null);
  return <ParentPicker value={value} onChange={setValue} periodId="period-q4" />;
}

describe('parent picker', () => {
  it('searches objectives as you type and picks one with the keyboard', async () => {
    sessionStore.start(makeSession());
    const { requests } = mockApi({
      'GET /api/v1/objectives': ({ url }) => {
        const q = url.searchParams.get('q') ?? '';
        const all = [
          makeSummary({ id: 'a', title: 'Ship a zero-downtime update pipeline' }),
          makeSummary({ id: 'b', title: 'Cut field failures in half' }),
        ];
        return json(page(all.filter((o) => o.title.toLowerCase().includes(q.toLowerCase()))));
      },
    });
    renderWithProviders(<Picker />);
    const user = userEvent.setup();

    const input = screen.getByRole('combobox', { name: /Aligns to/ });
    await user.type(input, 'pipeline');
    // The debounced search leaves only the match.
    await vi.waitFor(() =>
      expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
        expect.stringContaining('Ship a zero-downtime update pipeline'),
      ]),
    );
    await user.keyboard('{Enter}');

    expect(screen.getByText('Ship a zero-downtime update pipeline')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    const searched = requests.map((r) => new URL(r.url).searchParams.get('q'));
    expect(searched).toContain('pipeline');
    expect(new URL(requests.at(-1)!.url).searchParams.get('periodId')).toBe('period-q4');

    await user.click(screen.getByRole('button', { name: /Remove alignment/ }));
    expect(screen.getByRole('combobox', { name: /Aligns to/ })).toBeInTheDocument();
  });
});
