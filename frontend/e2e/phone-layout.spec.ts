import { expect, test, type Page } from '@playwright/test';
import { MANAGER_PAGES, signIn } from './support';

// Every main page fits a phone: nothing scrolls sideways at 390 × 844.
test.use({ viewport: { width: 390, height: 844 } });

const shots = process.env.SCREENSHOT_DIR;

async function expectFitsWidth(page: Page, name: string) {
  // Not 'networkidle': live updates keep a request open. Wait until nothing shows as loading.
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('[data-loading]')).toHaveCount(0);
  if (shots) await page.screenshot({ path: `${shots}/${name}-390.png`, fullPage: true });
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect.soft(widths.scroll, `${name} scrolls sideways`).toBeLessThanOrEqual(widths.viewport);
}

/** Opens the first link on the page whose address matches `pattern`. */
async function openFirst(page: Page, pattern: RegExp) {
  let href: string | undefined;
  await expect
    .poll(async () => {
      const hrefs = await page
        .locator('main a[href]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      href = hrefs.find((value) => pattern.test(value));
      return href;
    }, `a link matching ${pattern}`)
    .toBeTruthy();
  await page.goto(href!);
}

test('the manager pages fit a phone, and the menu button opens the navigation', async ({
  page,
}) => {
  await signIn(page, 'morgan.manager@example.com');
  for (const [name, path] of MANAGER_PAGES) {
    await page.goto(path);
    await expectFitsWidth(page, name);
  }
  await page.goto('/objectives');
  await openFirst(page, /^\/objectives\/[0-9a-f-]{36}$/);
  await expectFitsWidth(page, 'objective');
  await page.goto('/one-on-ones');
  await openFirst(page, /^\/one-on-ones\/[0-9a-f-]{36}$/);
  await expectFitsWidth(page, 'one-on-one');
  await page.goto('/reviews');
  await page.getByRole('tab', { name: 'To write' }).click();
  await openFirst(page, /^\/reviews\/[0-9a-f-]{36}$/);
  await expectFitsWidth(page, 'review');

  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  await expect(page.getByRole('link', { name: 'Cascade' })).toBeHidden();
  await menu.click();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Cascade' })
    .click();
  await expect(page).toHaveURL(/\/cascade$/);
  await expect(page.getByRole('link', { name: 'Objectives' })).toBeHidden();
});

test('the admin pages fit a phone', async ({ page }) => {
  await signIn(page, 'alex.admin@example.com');
  for (const [name, path] of [
    ['admin-people', '/admin/people'],
    ['admin-review-cycles', '/admin/review-cycles'],
    ['admin-review-templates', '/admin/review-templates'],
    ['admin-teams', '/admin/teams'],
    ['people', '/people'],
  ] as const) {
    await page.goto(path);
    await expectFitsWidth(page, name);
  }
  await page.goto('/admin/review-cycles');
  await openFirst(page, /^\/admin\/review-cycles\/[0-9a-f-]{36}$/);
  await expectFitsWidth(page, 'admin-review-cycle');
});

test('the people import, bulk actions and agenda templates fit a phone, in both themes', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const header = 'email,name,title,team,manager_email,role,time_zone';
  const rows = [
    `phone.one@example.com,Pat Phone,Engineer,Platform,nobody@example.com,EMPLOYEE,`,
    `phone.two@example.com,Quinn Phone,Designer,Platform,,EMPLOYEE,Europe/Berlin`,
  ];
  await signIn(page, 'alex.admin@example.com');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/admin/people');
    await expect(page.locator('main h1').first()).toBeVisible();
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import people from CSV' });
    await dialog.getByLabel('Or paste the CSV').fill([header, ...rows].join('\n'));
    // A preview only (a dry run): nothing is saved.
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(
      dialog.getByRole('table', { name: 'What the import does, row by row' }),
    ).toBeVisible();
    await expectFitsWidth(page, `admin-people-import-${colorScheme}`);
    await dialog.getByRole('button', { name: 'Back to the file' }).click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    // Stacked rows hide the table's header, but not the page's tick box.
    await page.getByRole('checkbox', { name: 'Select everyone on this page' }).check();
    await expect(page.getByRole('form', { name: 'Change the selected people' })).toBeVisible();
    await expectFitsWidth(page, `admin-people-bulk-${colorScheme}`);

    await page.goto('/one-on-ones');
    await expect(page.getByRole('heading', { name: 'Agenda templates' })).toBeVisible();
    await expectFitsWidth(page, `one-on-ones-templates-${colorScheme}`);
  }
});
