import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support';

const shots = process.env.SCREENSHOT_DIR;

test.use({ viewport: { width: 1280, height: 800 } });

/** Waits for the page to settle, saves a screenshot when asked, and checks nothing scrolls sideways. */
async function look(page: Page, name: string) {
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('[data-loading]')).toHaveCount(0);
  const width = page.viewportSize()?.width ?? 0;
  if (shots) await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect.soft(widths.scroll, `${name} scrolls sideways`).toBeLessThanOrEqual(widths.viewport);
}

test('a person creates a token, calls the API with it, revokes it, and it stops working', async ({
  page,
  request,
}) => {
  const name = `Script ${Date.now()}`;
  await signIn(page, 'erin.employee@example.com');
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Developer' }).click();
  await expect(page).toHaveURL(/\/settings\/developer$/);
  await look(page, 'developer');

  await page.getByRole('button', { name: 'New token' }).click();
  const dialog = page.getByRole('dialog', { name: 'New token for you' });
  await dialog.getByLabel('Name').fill(name);
  await dialog
    .getByRole('radiogroup', { name: 'People' })
    .getByLabel('Read', { exact: true })
    .check();
  if (shots) await page.screenshot({ path: `${shots}/developer-new-token-1280.png` });
  await dialog.getByRole('button', { name: 'Create token' }).click();

  const created = page.getByRole('dialog', { name: `Token “${name}” created` });
  await expect(created.getByText('you will not see it again')).toBeVisible();
  const secret = await created.getByLabel('Secret').inputValue();
  expect(secret).toMatch(/^cairn_/);
  if (shots) await page.screenshot({ path: `${shots}/developer-secret-1280.png` });
  await created.getByRole('button', { name: 'I have copied it' }).click();

  const headers = { Authorization: `Bearer ${secret}` };
  const me = await request.get('/api/v1/me', { headers });
  expect(me.status()).toBe(200);
  expect((await me.json()).email).toBe('erin.employee@example.com');
  const outside = await request.get('/api/v1/objectives', { headers });
  expect(outside.status()).toBe(403);
  expect((await outside.json()).detail).toContain('objectives:read');

  await page.reload();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row.getByText(/from /)).toBeVisible();
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} was revoked.` })).toBeVisible();
  await expect(row.getByText('Revoked', { exact: true })).toBeVisible();

  const after = await request.get('/api/v1/me', { headers });
  expect(after.status()).toBe(401);
});

test('an admin gives an integration a service account and reads the audit log', async ({
  page,
}) => {
  const account = `HRIS sync ${Date.now()}`;
  await signIn(page, 'alex.admin@example.com');
  await page.goto('/admin/service-accounts');
  await page.getByRole('button', { name: 'New service account' }).click();
  const dialog = page.getByRole('dialog', { name: 'New service account' });
  await dialog.getByLabel('Name').fill(account);
  await dialog.getByLabel(/Description/).fill('Nightly sync of people from the HR system');
  await dialog.getByRole('radiogroup', { name: 'People' }).getByLabel('Read & write').check();
  await dialog.getByRole('button', { name: 'Create service account' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `${account} was created.` }),
  ).toBeVisible();
  await look(page, 'service-accounts');

  await page.getByRole('button', { name: `Tokens of ${account}` }).click();
  const tokens = page.getByRole('dialog', { name: `Tokens of ${account}` });
  await tokens.getByRole('button', { name: 'New token' }).click();
  const form = page.getByRole('dialog', { name: `New token for ${account}` });
  await form.getByLabel('Name').fill('Production');
  // beyond the account's scopes: not offered
  await expect(
    form.getByRole('radiogroup', { name: 'Objectives' }).getByLabel('Read', { exact: true }),
  ).toBeDisabled();
  await form
    .getByRole('radiogroup', { name: 'People' })
    .getByLabel('Read', { exact: true })
    .check();
  await form.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByText('you will not see it again')).toBeVisible();
  await page.getByRole('button', { name: 'I have copied it' }).click();
  await expect(tokens.getByRole('row', { name: /Production/ })).toBeVisible();
  await tokens.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/\/admin\/audit-log$/);
  await page.getByLabel('Action starts with').fill('service_account.');
  await page.getByRole('button', { name: 'Apply' }).click();
  const created = page.getByRole('row', { name: /service_account\.created/ }).first();
  await expect(created).toBeVisible();
  await expect(created.getByRole('link', { name: account })).toBeVisible();
  await expect(
    page.getByRole('row', { name: /service_account\.token_created/ }).first(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Clear' }).click();
  await look(page, 'audit-log');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^audit-log-.*\.csv$/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the developer, service account and audit log pages fit', async ({ page }) => {
    await signIn(page, 'alex.admin@example.com');
    for (const [name, path] of [
      ['developer', '/settings/developer'],
      ['service-accounts', '/admin/service-accounts'],
      ['audit-log', '/admin/audit-log'],
    ]) {
      await page.goto(path);
      await look(page, name);
    }
  });
});
