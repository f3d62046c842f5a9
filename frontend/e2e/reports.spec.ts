import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { mainNav, signIn, signOut } from './support';

test('Morgan opens the 1:1 cadence and progress reports, filters by team and exports CSV', async ({
  page,
}) => {
  await signIn(page, 'morgan.manager@example.com');
  await mainNav(page).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();

  await page.getByRole('link', { name: '1:1 cadence' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1:1 cadence' })).toBeVisible();
  const table = page.getByRole('table', { name: '1:1 cadence' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();

  // the overdue pairs, listed one by one, and exported exactly as shown
  await page.getByRole('button', { name: 'Overdue 1:1 pairs' }).click();
  await expect(page).toHaveURL(/list=overdue/);
  const overdue = page.getByRole('table', { name: 'Overdue 1:1 pairs' });
  await expect(overdue.getByRole('row', { name: /Ruth Adeyemi/ })).toBeVisible();
  const exporting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const overdueCsv = await exporting;
  expect(overdueCsv.suggestedFilename()).toMatch(/^one-to-one-cadence-overdue-.*\.csv$/);
  const overdueLines = (await readFile((await overdueCsv.path()) as string, 'utf8')).split(/\r?\n/);
  expect(overdueLines[0]).toBe(
    'Manager,Report,Team,Interval (days),Last 1:1,Due since,Days since last 1:1',
  );
  expect(overdueLines.some((line) => line.startsWith('Morgan Lee,Ruth Adeyemi,'))).toBe(true);

  await page.getByRole('link', { name: '← Reports' }).click();
  await page.getByRole('link', { name: 'Objective progress over time' }).click();
  await expect(page.getByRole('figure')).toBeVisible();
  // by default the current period up to today, not 13 weeks reaching into the quarter before
  await expect(page.getByLabel('Period').locator('option:checked')).toHaveText('Current period');
  await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Platform' });
  await expect(page).toHaveURL(/teamId=/);
  // the manager picker offers only managers below Morgan: Morgan himself
  await page
    .getByLabel('Manager', { exact: true })
    .fill('Morgan Lee — Engineering Manager, Platform');
  await expect(page).toHaveURL(/managerId=/);
  const progress = page.getByRole('table', { name: 'Objective progress over time' });
  await expect(progress.getByRole('row').nth(1)).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^objective-progress-.*\.csv$/);
  const csv = await readFile((await download.path()) as string, 'utf8');
  expect(csv.split(/\r?\n/)[0]).toBe('Week,Team,Objectives,Average progress');
  await signOut(page);
});

test('Morgan finds the stale objectives of his organization in the health report', async ({
  page,
}) => {
  await signIn(page, 'morgan.manager@example.com');
  await page.goto('/reports/health');
  await expect(page.getByRole('heading', { level: 1, name: 'Health and status' })).toBeVisible();
  await page.getByRole('button', { name: 'Objectives at risk or off track now' }).click();
  const atRisk = page.getByRole('table', { name: 'Objectives at risk or off track now' });
  await expect(
    atRisk.getByRole('row', { name: /Bring on-call load below 5 pages a week/ }),
  ).toBeVisible();
  // another manager's objectives are not in Morgan's report
  await expect(atRisk.getByText('Close six EMEA deals')).toHaveCount(0);
  await signOut(page);
});

test('Erin reads her own performance history', async ({ page }) => {
  await signIn(page, 'erin.employee@example.com');
  await mainNav(page).getByRole('link', { name: 'People' }).click();
  await page.getByRole('link', { name: 'Erin Walsh' }).first().click();
  await expect(page.getByRole('heading', { name: 'Performance history' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Performance at a glance' })).toBeVisible();
  await page.getByLabel('Show').selectOption({ label: 'Team, manager and role changes' });
  await expect(page.getByText('Reports to Morgan')).toBeVisible();
  // her history reaches back two quarters: the prototype quarter's objective, closed
  await page.getByLabel('Show').selectOption({ label: 'Objectives and check-ins' });
  await expect(page.getByText('Set up the build pipeline').first()).toBeVisible();
  // employees have no reports of their own to open
  await mainNav(page).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByText('No reports for you yet')).toBeVisible();
});
