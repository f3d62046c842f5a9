import { expect, test, type Page } from '@playwright/test';
import { mainNav, signIn } from './support';

async function openFirstOneOnOne(page: Page, withName?: string) {
  await mainNav(page).getByRole('link', { name: '1:1s' }).click();
  await page.locator('main a[href^="/one-on-ones/"]', { hasText: withName }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /1:1 with/ })).toBeVisible();
}

test('1:1 notes save themselves and are still there after a reload', async ({ page }) => {
  await signIn(page, 'morgan.manager@example.com');
  await openFirstOneOnOne(page);
  const words = `Talked about the launch ${Date.now()}`;

  await page.getByLabel('Shared notes').fill(words);
  await page.getByLabel('Private notes').fill(`Private: ${words}`);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toHaveCount(2);

  await page.reload();
  await expect(page.getByLabel('Shared notes')).toHaveValue(words);
  await expect(page.getByLabel('Private notes')).toHaveValue(`Private: ${words}`);
});

test('two people typing the same notes: the second sees a conflict and keeps their text', async ({
  browser,
}) => {
  const morgan = await browser.newPage();
  await signIn(morgan, 'morgan.manager@example.com');
  await openFirstOneOnOne(morgan, 'Erin Walsh');
  const url = morgan.url();
  const erin = await browser.newPage();
  await signIn(erin, 'erin.employee@example.com');
  await erin.goto(url);
  await expect(erin.getByLabel('Shared notes')).toBeVisible();

  await morgan.getByLabel('Shared notes').fill('Morgan wrote this');
  await expect(morgan.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await erin.getByLabel('Shared notes').fill('Erin wrote this');

  await expect(erin.getByRole('alert')).toContainText('Someone else saved these shared notes');
  await expect(erin.getByRole('alert')).toContainText('Morgan wrote this');
  await expect(erin.getByLabel('Shared notes')).toHaveValue('Erin wrote this');
  await erin.getByRole('button', { name: 'Keep my text' }).click();
  await expect(erin.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await morgan.reload();
  await expect(morgan.getByLabel('Shared notes')).toHaveValue('Erin wrote this');
});

test('leaving a half-written comment asks first', async ({ page }) => {
  await signIn(page, 'erin.employee@example.com');
  await mainNav(page).getByRole('link', { name: 'Objectives' }).click();
  await page.locator('main a[href^="/objectives/"]').filter({ hasNotText: 'Team' }).first().click();
  await page.getByRole('textbox', { name: 'Add a comment' }).fill('Half a thought');

  await mainNav(page).getByRole('link', { name: 'Cascade' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(page.getByRole('textbox', { name: 'Add a comment' })).toHaveValue('Half a thought');

  await mainNav(page).getByRole('link', { name: 'Cascade' }).click();
  await page.getByRole('button', { name: 'Leave and discard' }).click();
  await expect(page).toHaveURL(/\/cascade$/);
});
