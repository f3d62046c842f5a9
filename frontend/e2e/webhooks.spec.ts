import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { mainNav, signIn } from './support';

type Received = { headers: IncomingHttpHeaders; body: string };

test('an admin subscribes a receiver, which gets a signed person.created, and manages it', async ({
  page,
}) => {
  const received: Received[] = [];
  const receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  try {
    await signIn(page, 'alex.admin@example.com');
    await mainNav(page).getByRole('link', { name: 'Admin' }).click();
    await page
      .getByRole('navigation', { name: 'Admin sections' })
      .getByRole('link', { name: 'Webhooks' })
      .click();
    await expect(page).toHaveURL(/\/admin\/webhooks$/);

    await page.getByRole('button', { name: 'New webhook' }).click();
    const form = page.getByRole('dialog', { name: 'New webhook' });
    await form.getByRole('button', { name: 'Create webhook' }).click();
    await expect(form.getByText('Pick at least one event.')).toBeVisible();
    await form.getByLabel('Endpoint URL').fill(url);
    await form.getByLabel(/Description/).fill('E2E receiver');
    await form.getByRole('checkbox', { name: 'person.created' }).check();
    await form.getByRole('button', { name: 'Create webhook' }).click();

    const secretDialog = page.getByRole('dialog', { name: 'Webhook created' });
    await expect(secretDialog.getByLabel('Signing secret')).toContainText('whsec_');
    await secretDialog.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('row', { name: new RegExp(url) })).toContainText('person.created');

    // an event: invite a person
    const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
    await page
      .getByRole('navigation', { name: 'Admin sections' })
      .getByRole('link', { name: 'People' })
      .click();
    await page.getByRole('button', { name: 'Invite person' }).click();
    const invite = page.getByRole('dialog', { name: 'Invite person' });
    await invite.getByLabel('Name').fill(`Hook Tester ${stamp}`);
    await invite.getByLabel('Email').fill(`hook.${stamp}@example.com`);
    await invite.getByRole('button', { name: 'Invite person' }).click();
    await expect(invite).toBeHidden();

    await expect.poll(() => received.length, { timeout: 15_000 }).toBeGreaterThan(0);
    const message = JSON.parse(received[0].body);
    expect(message.type).toBe('person.created');
    expect(message.data.person.email).toBe(`hook.${stamp}@example.com`);
    expect(received[0].headers['webhook-signature']).toMatch(/^v1,/);

    await page
      .getByRole('navigation', { name: 'Admin sections' })
      .getByRole('link', { name: 'Webhooks' })
      .click();
    const row = page.getByRole('row', { name: new RegExp(url) });
    await row.getByRole('button', { name: 'Deliveries' }).click();
    const log = page.getByRole('dialog', { name: `Deliveries to ${url}` });
    await expect(log.getByRole('cell', { name: /^person\.created/ })).toBeVisible();
    await expect(log.getByText('succeeded')).toBeVisible();
    await log.getByRole('button', { name: /^Redeliver/ }).click();
    await expect.poll(() => received.length, { timeout: 15_000 }).toBe(2);
    expect(received[1].headers['webhook-id']).toBe(received[0].headers['webhook-id']);
    await log.getByRole('button', { name: /close/i }).first().click();

    await row.getByRole('button', { name: `Rotate the secret of ${url}` }).click();
    await page
      .getByRole('dialog', { name: 'Rotate the signing secret?' })
      .getByRole('button', { name: 'Rotate secret' })
      .click();
    const rotated = page.getByRole('dialog', { name: 'New signing secret' });
    await expect(rotated.getByLabel('Signing secret')).toContainText('whsec_');
    await rotated.getByRole('button', { name: 'Done' }).click();

    await row.getByRole('button', { name: `Disable ${url}` }).click();
    await expect(row.getByText('Disabled', { exact: true })).toBeVisible();
    await row.getByRole('button', { name: `Delete ${url}` }).click();
    await page
      .getByRole('dialog', { name: /Delete the webhook/ })
      .getByRole('button', { name: 'Delete webhook' })
      .click();
    await expect(page.getByRole('row', { name: new RegExp(url) })).toHaveCount(0);
  } finally {
    receiver.close();
  }
});
