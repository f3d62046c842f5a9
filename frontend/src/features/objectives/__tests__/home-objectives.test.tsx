import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  ObjectivesNeedingCheckIn,
  ReportsObjectivesAtRisk,
} from '@/features/objectives/components/home-objectives';
import { sessionStore } from '@/lib/session';
import { makeMe, makeSession, page } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';
import { makeSummary } from './objective-fixtures';

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000).toISOString();

describe('home objective cards', () => {
  it('lists my active objectives without a check-in in the last 7 days', async () => {
    sessionStore.start(makeSession(makeMe()));
    const { requests } = mockApi({
      'GET /api/v1/objectives': () =>
        json(
          page([
            makeSummary({ title: 'Fresh', lastCheckInAt: daysAgo(2) }),
            makeSummary({ title: 'Stale', lastCheckInAt: daysAgo(8) }),
            makeSummary({ title: 'Never', lastCheckInAt: undefined }),
          ]),
        ),
    });

    renderWithProviders(<ObjectivesNeedingCheckIn />);

    const list = await screen.findByRole('list', { name: 'My objectives needing a check-in' });
    const titles = within(list)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(titles).toEqual(['Stale', 'Never']);
    expect(new URL(requests[0].url).searchParams.getAll('status')).toEqual(['ACTIVE']);
  });

  it("lists the reports' objectives that are off track first, then at risk", async () => {
    const manager = makeMe({ id: 'morgan', reportCount: 2 });
    sessionStore.start(makeSession(manager));
    const { requests } = mockApi({
      'GET /api/v1/objectives': () =>
        json(
          page([
            makeSummary({ title: 'Risky', health: 'AT_RISK' }),
            makeSummary({ title: 'Fine', health: 'ON_TRACK' }),
            makeSummary({ title: 'Broken', health: 'OFF_TRACK' }),
          ]),
        ),
    });

    renderWithProviders(<ReportsObjectivesAtRisk />);

    const list = await screen.findByRole('list', { name: "My reports' objectives at risk" });
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Broken', 'Risky']);
    expect(new URL(requests[0].url).searchParams.get('reportsOf')).toBe('morgan');
  });

  it('says when nothing needs a check-in', async () => {
    sessionStore.start(makeSession(makeMe()));
    mockApi({
      'GET /api/v1/objectives': () => json(page([makeSummary({ lastCheckInAt: daysAgo(1) })])),
    });

    renderWithProviders(<ObjectivesNeedingCheckIn />);

    expect(await screen.findByText(/You are up to date/)).toBeInTheDocument();
  });
});
