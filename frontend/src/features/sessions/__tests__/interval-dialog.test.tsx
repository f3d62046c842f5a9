import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { IntervalDialog } from '@/features/sessions/components/interval-dialog';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

const entry = {
  report: { id: 'erin', name: 'Erin Walsh' },
  manager: { id: 'morgan', name: 'Morgan Lee' },
  intervalDays: 14,
  defaultInterval: false,
  lastCompletedAt: null,
  dueAt: null,
  nextScheduledAt: null,
  overdue: false,
};

describe('1:1 interval dialog', () => {
  it('validates the days, then saves the interval for this report only', async () => {
    const { requests } = mockApi({
      'PUT /api/v1/one-to-ones/intervals/:reportId': ({ body }) =>
        json({ ...entry, ...(body as object) }),
    });
    const onClose = vi.fn();
    renderWithProviders(<IntervalDialog entry={entry} onClose={onClose} />);
    const user = userEvent.setup();
    const days = screen.getByLabelText('Days between 1:1s');

    await user.clear(days);
    await user.type(days, '400');
    await user.click(screen.getByRole('button', { name: 'Save interval' }));
    expect(days).toHaveAccessibleDescription(/Between 1 and 365 days/);
    expect(requests).toHaveLength(0);

    await user.clear(days);
    await user.type(days, '7');
    await user.click(screen.getByRole('button', { name: 'Save interval' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(new URL(requests[0].url).pathname).toBe('/api/v1/one-to-ones/intervals/erin');
    expect(await requests[0].json()).toEqual({ intervalDays: 7 });
  });

  it('goes back to the organization default', async () => {
    const { requests } = mockApi({
      'PUT /api/v1/one-to-ones/intervals/:reportId': () =>
        json({ ...entry, defaultInterval: true }),
    });
    renderWithProviders(<IntervalDialog entry={entry} onClose={vi.fn()} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Use the default' }));
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(await requests[0].json()).toEqual({ intervalDays: null });
  });
});
