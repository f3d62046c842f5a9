import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SettingsPage } from '@/features/settings/components/settings-page';
import { sessionStore } from '@/lib/session';
import { makeAdmin, makeMe, makeSession } from '@/testing/fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

const ORGANIZATION = {
  id: 'org-1',
  name: 'Northwind Robotics',
  slug: 'northwind',
  timeZone: 'UTC',
  checkInCadenceDays: 14,
  version: 4,
};

describe('settings', () => {
  it("saves the person's own time zone and shows dates in it at once", async () => {
    sessionStore.start(makeSession(makeMe()));
    const berlin = makeMe({
      timeZone: 'Europe/Berlin',
      preferences: { timeZone: 'Europe/Berlin' },
    });
    const { requests } = mockApi({
      'PUT /api/v1/me/preferences': () => json(berlin),
    });
    renderWithProviders(<SettingsPage />, '/settings');
    const user = userEvent.setup();

    const zone = screen.getByRole('combobox', { name: 'Your time zone' });
    expect(zone).toHaveValue('');
    expect(screen.getByRole('option', { name: "The organization's (UTC)" })).toBeInTheDocument();
    await user.selectOptions(zone, 'Europe/Berlin');
    await user.click(screen.getByRole('button', { name: 'Save time zone' }));

    expect(await screen.findByText('Your time zone is saved.')).toBeInTheDocument();
    expect(await requests[0].json()).toEqual({ timeZone: 'Europe/Berlin' });
    expect(sessionStore.getState().session?.person.timeZone).toBe('Europe/Berlin');
    expect(screen.queryByRole('heading', { name: 'Organization' })).not.toBeInTheDocument();
  });

  it('goes back to the organization’s zone with null', async () => {
    sessionStore.start(
      makeSession(makeMe({ timeZone: 'Asia/Kolkata', preferences: { timeZone: 'Asia/Kolkata' } })),
    );
    const { requests } = mockApi({ 'PUT /api/v1/me/preferences': () => json(makeMe()) });
    renderWithProviders(<SettingsPage />, '/settings');
    const user = userEvent.setup();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Your time zone' }), '');
    await user.click(screen.getByRole('button', { name: 'Save time zone' }));

    await screen.findByText('Your time zone is saved.');
    expect(await requests[0].json()).toEqual({ timeZone: null });
  });

  it("lets an admin set the organization's time zone, showing the server's field error", async () => {
    sessionStore.start(makeSession(makeAdmin()));
    let attempts = 0;
    const { requests } = mockApi({
      'GET /api/v1/organization': () => json(ORGANIZATION),
      'PUT /api/v1/organization': ({ body }) =>
        ++attempts === 1
          ? problem(400, {
              detail: 'The request has invalid fields: see errors.',
              errors: [{ field: 'timeZone', message: 'must be an IANA time zone name' }],
            })
          : json({ ...ORGANIZATION, ...(body as object), version: 5 }),
      'GET /api/v1/me': () => json(makeAdmin({ timeZone: 'America/New_York' })),
    });
    renderWithProviders(<SettingsPage />, '/settings');
    const user = userEvent.setup();

    const zone = await screen.findByRole('combobox', { name: 'Organization time zone' });
    await user.selectOptions(zone, 'America/New_York');
    await user.click(screen.getByRole('button', { name: 'Save organization' }));
    expect(await screen.findByText('must be an IANA time zone name')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save organization' }));
    expect(await screen.findByText('The organization is saved.')).toBeInTheDocument();
    const put = requests.filter((r) => r.method === 'PUT').at(-1)!;
    expect(await put.json()).toEqual({
      name: 'Northwind Robotics',
      timeZone: 'America/New_York',
      checkInCadenceDays: 14,
      version: 4,
    });
    expect(sessionStore.getState().session?.person.timeZone).toBe('America/New_York');
  });

  it('lets an admin set the check-in cadence, refusing one outside 1 to 90 days', async () => {
    sessionStore.start(makeSession(makeAdmin()));
    const { requests } = mockApi({
      'GET /api/v1/organization': () => json(ORGANIZATION),
      'PUT /api/v1/organization': ({ body }) =>
        json({ ...ORGANIZATION, ...(body as object), version: 5 }),
      'GET /api/v1/me': () => json(makeAdmin()),
    });
    renderWithProviders(<SettingsPage />, '/settings');
    const user = userEvent.setup();

    const cadence = await screen.findByRole('spinbutton', { name: 'Check-in cadence (days)' });
    expect(cadence).toHaveValue(14);
    await user.clear(cadence);
    await user.type(cadence, '120');
    await user.click(screen.getByRole('button', { name: 'Save organization' }));
    expect(await screen.findByText('Between 1 and 90 days.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0);

    await user.clear(cadence);
    await user.type(cadence, '7');
    await user.click(screen.getByRole('button', { name: 'Save organization' }));
    expect(await screen.findByText('The organization is saved.')).toBeInTheDocument();
    const put = requests.filter((r) => r.method === 'PUT').at(-1)!;
    expect(await put.json()).toMatchObject({ checkInCadenceDays: 7, version: 4 });
  });

  it('lets an admin set the 1:1 interval and lock, checking the numbers first', async () => {
    sessionStore.start(makeSession(makeAdmin()));
    const { requests } = mockApi({
      'GET /api/v1/organization': () => json(ORGANIZATION),
      'GET /api/v1/session-settings': () =>
        json({ defaultIntervalDays: 14, lockAfterDays: 7, version: 2 }),
      'PUT /api/v1/session-settings': ({ body }) => json({ ...(body as object), version: 3 }),
    });
    renderWithProviders(<SettingsPage />, '/settings');
    const user = userEvent.setup();

    const lock = await screen.findByLabelText(/until its record locks/);
    expect(lock).toHaveValue(7);
    await user.clear(lock);
    await user.type(lock, '400');
    await user.click(screen.getByRole('button', { name: 'Save 1:1 settings' }));
    expect(await screen.findByText('Between 0 and 365 days.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);

    await user.clear(lock);
    await user.type(lock, '30');
    await user.click(screen.getByRole('button', { name: 'Save 1:1 settings' }));
    expect(await screen.findByText('The 1:1 settings are saved.')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT');
    expect(await put!.json()).toEqual({ defaultIntervalDays: 14, lockAfterDays: 30, version: 2 });
  });
});
