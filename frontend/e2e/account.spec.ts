import { expect, test, type Page } from '@playwright/test';
import { linkFromMail, mainNav, signIn, signOut, strongPassword } from './support';

// Whole journeys with several server round trips each (password checks are deliberately slow).
test.describe.configure({ timeout: 90_000 });

async function signUp(page: Page, email: string, password: string) {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  await page.goto('/login');
  await page.getByRole('link', { name: 'Create an organization' }).click();
  await page.getByLabel('Organization name').fill(`Acme ${stamp}`);
  await expect(page.getByLabel('Short name')).toHaveValue(`acme-${stamp}`);
  await page.getByLabel('Your name').fill('Fay Founder');
  await page.getByLabel('Your email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
}

test('a new organization signs up, confirms the email, signs in and changes the password', async ({
  page,
}) => {
  const email = `founder.${Date.now()}@example.com`;
  const password = strongPassword();
  await signUp(page, email, password);

  // Not confirmed yet: the right password is answered with what to do.
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Confirm your email first');

  await page.goto(await linkFromMail(email, '/verify-email'));
  await expect(page.getByText('Your email is confirmed.')).toBeVisible();
  await page.getByRole('link', { name: 'Sign in' }).click();
  await signIn(page, email, password);
  await expect(mainNav(page).getByRole('link', { name: 'Admin' })).toBeVisible();

  const next = strongPassword();
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('link', { name: 'Change password' }).click();
  await page.getByLabel('Current password').fill(password);
  await page.getByLabel('New password', { exact: true }).fill('password1234');
  await page.getByLabel('Repeat the new password').fill('password1234');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText(/too easy to guess/)).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('New password', { exact: true }).fill(next);
  await page.getByLabel('Repeat the new password').fill(next);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password was changed.')).toBeVisible({ timeout: 20_000 });

  await signOut(page);
  await signIn(page, email, next);
});

test('a forgotten password is reset through a single-use link', async ({ page }) => {
  const email = `forgetful.${Date.now()}@example.com`;
  await signUp(page, email, strongPassword());
  await page.goto(await linkFromMail(email, '/verify-email'));
  await expect(page.getByText('Your email is confirmed.')).toBeVisible();

  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByRole('status')).toContainText('we sent it a link');

  const link = await linkFromMail(email, '/reset-password');
  const password = strongPassword();
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('Repeat the new password').fill(password);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('Your password is set. Sign in with it.')).toBeVisible();
  await signIn(page, email, password);

  await signOut(page);
  await page.goto(link);
  await expect(page.getByText('This link does not work any more')).toBeVisible();
});

test('the session survives a reload from the refresh cookie, and signing out ends it in every tab', async ({
  context,
}) => {
  const first = await context.newPage();
  await signIn(first, 'morgan.manager@example.com');
  expect(await first.evaluate(() => JSON.stringify(window.localStorage))).not.toContain('eyJ');

  const second = await context.newPage();
  await second.goto('/people');
  await expect(second.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await first.reload();
  await expect(mainNav(first)).toBeVisible();

  await signOut(first);
  await expect(second.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await second.goto('/people');
  await expect(second.getByRole('button', { name: 'Sign in' })).toBeVisible();
});
