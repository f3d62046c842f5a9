import { expect, test, type Page } from '@playwright/test';
import { mainNav, signIn } from './support';

/** Collects what the browser reports as blocked by the Content-Security-Policy. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('the app runs under its strict Content-Security-Policy', async ({ page }) => {
  const violations = cspViolations(page);
  await signIn(page, 'erin.employee@example.com');
  for (const link of ['Objectives', 'Cascade', '1:1s', 'Reviews', 'People']) {
    await mainNav(page).getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test('Swagger UI works under its own policy', async ({ page }) => {
  const violations = cspViolations(page);
  await page.goto('/q/swagger-ui/');
  await expect(page.getByText('Cairn API').first()).toBeVisible();
  await expect(page.getByText('Sign in with email and password').first()).toBeVisible();
  expect(violations).toEqual([]);
});
