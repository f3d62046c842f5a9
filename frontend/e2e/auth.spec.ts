import { expect, test } from '@playwright/test';
import { mainNav, signIn, signOut } from './support';

const accounts = [
  { email: 'alex.admin@example.com', admin: true },
  { email: 'morgan.manager@example.com', admin: false },
  { email: 'erin.employee@example.com', admin: false },
];

test('a wrong password shows an error and keeps you on the login page', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('erin.employee@example.com');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('alert')).toHaveText('Incorrect email or password.');
  await expect(page).toHaveURL(/\/login$/);
});

for (const account of accounts) {
  test(`${account.email} signs in, uses the directory and signs out`, async ({ page }) => {
    await signIn(page, account.email);

    const nav = mainNav(page);
    await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'People' })).toBeVisible();
    await expect(nav.getByRole('link', { name: '1:1s' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Admin' })).toHaveCount(account.admin ? 1 : 0);
    for (const shown of ['Objectives', 'Cascade', '1:1s', 'Reviews', 'Reports']) {
      await expect(nav.getByRole('link', { name: shown })).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      /Good (morning|afternoon|evening)/,
    );

    await nav.getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search people' }).fill('morgan');
    const table = page.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(2); // header + the one match
    await table.getByRole('row').nth(1).getByRole('link').first().click();

    await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: /Direct reports/ })).toBeVisible();
    await expect(page.getByText('morgan.manager@example.com')).toBeVisible();

    // A deep link works from a fresh load.
    await page.reload();
    await expect(page.getByText('morgan.manager@example.com')).toBeVisible();

    await signOut(page);
    await expect(page).toHaveURL(/\/login$/);
  });
}

test('an unknown route shows the not-found page', async ({ page }) => {
  await signIn(page, 'erin.employee@example.com');
  await page.goto('/this/does/not/exist');
  await expect(page.getByText('Page not found')).toBeVisible();
});
