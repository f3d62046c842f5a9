import { expect, test } from '@playwright/test';
import { linkFromMail, mainNav, signIn, signOut, strongPassword } from './support';

test('an admin invites a person, who chooses a password through the e-mailed link', async ({
  page,
}) => {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const email = `e2e.${stamp}@example.com`;
  const name = `Quinn Tester ${stamp}`;
  const password = strongPassword();

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
  await dialog.getByRole('button', { name: 'Invite person' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `${name} was invited.` })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search people' }).fill(name);
  await expect(
    page.getByRole('row', { name: new RegExp(name) }).getByText('Invited'),
  ).toBeVisible();

  await signOut(page);
  await page.goto(await linkFromMail(email, '/accept-invite'));
  await expect(page.getByText(`Welcome, ${name}.`)).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('Repeat the new password').fill(password);
  await page.getByRole('button', { name: 'Set password and continue' }).click();
  await expect(page.getByText('Your password is set. Sign in with it.')).toBeVisible();
  await signIn(page, email, password);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Quinn');
  await expect(mainNav(page).getByRole('link', { name: 'Admin' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Morgan Lee' })).toBeVisible();
});
