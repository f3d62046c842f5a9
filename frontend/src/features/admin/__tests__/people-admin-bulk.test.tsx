import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PeopleAdmin } from '@/features/admin/components/people-admin';
import { makePerson, page } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

const PEOPLE = [
  makePerson({ name: 'Pat Phone', email: 'pat@example.com' }),
  makePerson({ name: 'Quinn Phone', email: 'quinn@example.com' }),
];

describe('people admin bulk selection', () => {
  it('the page tick box is labelled by its own words and selects everyone on the page', async () => {
    mockApi({
      'GET /api/v1/people': () => json(page(PEOPLE)),
      'GET /api/v1/teams': () => json(page([])),
    });
    renderWithProviders(<PeopleAdmin />);
    const all = await screen.findByRole('checkbox', { name: 'Select everyone on this page' });
    // The words are the label (shown on a phone, where the header row is hidden), not an aria-label.
    expect(all).not.toHaveAttribute('aria-label');
    expect(all.closest('label')).toHaveTextContent('Select everyone on this page');

    await userEvent.setup().click(all);

    const bar = screen.getByRole('form', { name: 'Change the selected people' });
    expect(within(bar).getByRole('status')).toHaveTextContent('2 selected');
    expect(screen.getByRole('checkbox', { name: 'Select Pat Phone' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select Quinn Phone' })).toBeChecked();
  });
});
