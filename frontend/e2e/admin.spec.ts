import { expect, test } from '@playwright/test';
import { mainNav, signIn, signOut } from './support';

test('an admin invites a person who can then sign in', async ({ page }) => {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const email = `e2e.${stamp}@example.com`;
  const name = `Quinn Tester ${stamp}`;
  const password = `initial-${stamp}`;

  await signIn(page, 'alex.admin@example.com');
  await mainNav(page).getByRole('link', { name: 'Admin' }).click();
  await expect(page).toHaveURL(/\/admin\/people$/);

  await page.getByRole('button', { name: 'Invite person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite person' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel(/Title/).fill('QA Engineer');
  await dialog.getByLabel(/Team/).selectOption({ label: 'Platform' });
  await dialog.getByLabel(/Manager/).selectOption({ label: 'Morgan Lee' });
  await dialog.getByLabel('Initial password').fill(password);
  await dialog.getByRole('button', { name: 'Invite person' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `${name} was invited.` })).toBeVisible();

  await signOut(page);
  await signIn(page, email, password);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Quinn');
  await expect(mainNav(page).getByRole('link', { name: 'Admin' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Morgan Lee' })).toBeVisible();
});
