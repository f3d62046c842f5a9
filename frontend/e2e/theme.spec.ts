import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { MANAGER_PAGES, signIn, signOut } from './support';

const shots = process.env.SCREENSHOT_DIR;

/** The page's serious and critical axe findings (contrast included), as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary}`));
}

async function settle(page: Page) {
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('[data-loading]')).toHaveCount(0);
}

const ADMIN_PAGES = [
  ['admin-people', '/admin/people'],
  ['reports', '/reports'],
  ['admin-review-cycles', '/admin/review-cycles'],
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the main pages have no serious accessibility findings in the ${colorScheme} theme`, async ({
    page,
  }) => {
    // Ten pages, each checked by axe: slow on a busy machine.
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme });
    for (const [email, pages] of [
      ['morgan.manager@example.com', MANAGER_PAGES],
      ['alex.admin@example.com', ADMIN_PAGES],
    ] as const) {
      if (email === 'alex.admin@example.com') await signOut(page);
      await signIn(page, email);
      for (const [name, path] of pages) {
        await page.goto(path);
        await settle(page);
        if (shots) await page.screenshot({ path: `${shots}/${name}-${colorScheme}.png` });
        expect.soft(await seriousViolations(page), `${name} (${colorScheme})`).toEqual([]);
      }
    }
  });
}

test('the theme follows the system until one is chosen, and the choice is kept without a flash', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await signIn(page, 'morgan.manager@example.com');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const darkBackground = await background();
  expect(darkBackground).toBe('rgb(18, 22, 20)');

  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe('rgb(246, 247, 245)');

  // Before any of the app's code runs, the stored choice is already on <html>.
  await page.reload({ waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState !== 'loading');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  await settle(page);
  expect(await background()).toBe('rgb(246, 247, 245)');

  await page.goto('/settings');
  await page.getByRole('radio', { name: 'System' }).check();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await background()).toBe(darkBackground);
});
