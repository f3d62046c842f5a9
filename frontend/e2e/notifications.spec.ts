import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './support';

test.describe.configure({ timeout: 90_000 });

function unreadFrom(label: string | null): number {
  const match = label?.match(/(\d+) unread/);
  return match ? Number(match[1]) : 0;
}

test('Erin sees what needs her, and her bell counts a 1:1 Morgan schedules without a reload', async ({
  page,
  request,
}) => {
  await signIn(page, 'erin.employee@example.com');
  await expect(page.getByRole('heading', { name: /Needs you/ })).toBeVisible();
  const bell = page.getByRole('link', { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName(/unread/);
  const before = unreadFrom(await bell.getAttribute('aria-label'));

  // Morgan schedules a 1:1 with Erin through the API, from another client.
  const login = await request.post('/api/v1/auth/login', {
    data: { email: 'morgan.manager@example.com', password: DEMO_PASSWORD },
  });
  const { accessToken } = await login.json();
  const headers = { Authorization: `Bearer ${accessToken}` };
  const morgan = await (await request.get('/api/v1/me', { headers })).json();
  const people = await request.get('/api/v1/people?q=erin', { headers });
  const erin = (await people.json()).items[0];
  const startsAt = new Date(Date.now() + 3 * 24 * 3600 * 1000);
  startsAt.setUTCMinutes(0, 0, 0);
  const created = await request.post('/api/v1/sessions', {
    headers,
    data: {
      kind: 'ONE_TO_ONE',
      participantIds: [morgan.id, erin.id],
      startsAt: startsAt.toISOString(),
      durationMinutes: 30,
      recurrence: 'NONE',
    },
  });
  expect(created.status()).toBe(201);

  await expect(bell).toHaveAccessibleName(`Notifications, ${before + 1} unread`, {
    timeout: 15_000,
  });

  await bell.click();
  await expect(page.getByRole('heading', { name: 'Notifications' })).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: 'Notifications' })
      .getByText(/Morgan Lee scheduled your 1:1 for/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Mark all read' }).click();
  await expect(bell).toHaveAccessibleName('Notifications');
});

test("Erin's open objective page shows Morgan's check-in without a reload", async ({
  page,
  request,
}) => {
  const login = await request.post('/api/v1/auth/login', {
    data: { email: 'morgan.manager@example.com', password: DEMO_PASSWORD },
  });
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const erin = (await (await request.get('/api/v1/people?q=erin', { headers })).json()).items[0];
  const objectives = await request.get(
    `/api/v1/objectives?ownerId=${erin.id}&status=ACTIVE&size=50`,
    { headers },
  );
  const objective = (await objectives.json()).items.find(
    (o: { visibility: string }) => o.visibility === 'ORGANIZATION',
  );

  await signIn(page, 'erin.employee@example.com');
  await page.goto(`/objectives/${objective.id}`);
  await expect(page.getByRole('heading', { name: objective.title, level: 1 })).toBeVisible();

  const comment = `Checked in live ${Date.now()}`;
  const checkedIn = await request.post(`/api/v1/objectives/${objective.id}/check-ins`, {
    headers,
    data: { health: objective.health, comment },
  });
  expect(checkedIn.status()).toBe(201);
  await expect(
    page.getByRole('list', { name: 'Check-ins, newest first' }).getByText(comment),
  ).toBeVisible({ timeout: 10_000 });
});
