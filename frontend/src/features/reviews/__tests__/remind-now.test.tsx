import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RemindNow } from '@/features/reviews/components/remind-now';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

describe('remind now', () => {
  it('names who will be reminded before reminding them', async () => {
    let posted = 0;
    mockApi({
      'GET /api/v1/review-cycles/:id/remind': () =>
        json({
          people: [
            { person: { id: 'p1', name: 'Erin Employee' }, parts: ['self review'] },
            {
              person: { id: 'p2', name: 'Morgan Manager' },
              parts: ['review of Erin Employee', 'review of Sam'],
            },
          ],
        }),
      'POST /api/v1/review-cycles/:id/remind': () => {
        posted++;
        return json({ reminded: 2, skipped: 1 });
      },
    });
    renderWithProviders(<RemindNow cycleId="c1" />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Remind now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remind the people who are late?' });
    expect(await within(dialog).findByText('Erin Employee')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Morgan Manager: review of Erin Employee, review of Sam');
    expect(posted).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Remind 2 people' }));
    expect(
      await screen.findByText('2 reminders sent; 1 skipped (reminded within the last hour).'),
    ).toBeInTheDocument();
    expect(posted).toBe(1);
  });

  it('says so when nobody is late', async () => {
    mockApi({ 'GET /api/v1/review-cycles/:id/remind': () => json({ people: [] }) });
    renderWithProviders(<RemindNow cycleId="c1" />);
    await userEvent.click(screen.getByRole('button', { name: 'Remind now' }));
    expect(
      await screen.findByText('Everyone has written their part: nobody is late.'),
    ).toBeInTheDocument();
  });
});
