import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PeopleDirectory } from '@/features/people/components/people-directory';
import { sessionStore } from '@/lib/session';
import { makePerson, makeSession, page } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

const morgan = makePerson({ name: 'Morgan Manager', title: 'Engineering Manager' });
const erin = makePerson({
  name: 'Erin Employee',
  title: 'Engineer',
  manager: { id: morgan.id, name: morgan.name },
});

function mockPeople() {
  return mockApi({
    'GET /api/v1/teams': () =>
      json(page([{ id: 'team-1', name: 'Platform', memberCount: 2, version: 0 }])),
    'GET /api/v1/people': ({ url }) => {
      const q = url.searchParams.get('q')?.toLowerCase();
      const items = [morgan, erin].filter((p) => !q || p.name.toLowerCase().includes(q));
      return json(page(items));
    },
  });
}

describe('people directory', () => {
  it('lists people with title, team and a link to their manager', async () => {
    sessionStore.start(makeSession());
    mockPeople();
    renderWithProviders(<PeopleDirectory />, '/people');

    const row = (await screen.findByRole('link', { name: 'Erin Employee' })).closest('tr')!;
    expect(within(row).getByText('Engineer')).toBeInTheDocument();
    expect(within(row).getByText('Platform')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Morgan Manager' })).toHaveAttribute(
      'href',
      `/people/${morgan.id}`,
    );
  });

  it('searches after the person stops typing', async () => {
    sessionStore.start(makeSession());
    const { requests } = mockPeople();
    renderWithProviders(<PeopleDirectory />, '/people');
    await screen.findByText('1–2 of 2');
    const user = userEvent.setup();

    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'erin');

    await screen.findByText('1–1 of 1');
    expect(screen.getAllByRole('row')).toHaveLength(2); // header + Erin
    const searches = requests.filter((r) => new URL(r.url).pathname === '/api/v1/people');
    // Debounced: one request for the initial list and one for the finished word.
    expect(searches.map((r) => new URL(r.url).searchParams.get('q'))).toEqual([null, 'erin']);
  });

  it('shows an empty state when nobody matches', async () => {
    sessionStore.start(makeSession());
    mockPeople();
    renderWithProviders(<PeopleDirectory />, '/people');
    const user = userEvent.setup();

    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'zzz');

    expect(await screen.findByText('No one matches')).toBeInTheDocument();
  });
});
