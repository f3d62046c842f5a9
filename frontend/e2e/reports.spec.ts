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

  await page.getByRole('link', { name: '← Reports' }).click();
  await page.getByRole('link', { name: 'Objective progress over time' }).click();
  await expect(page.getByRole('figure')).toBeVisible();
  await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Platform' });
  await expect(page).toHaveURL(/teamId=/);
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

test('Erin reads her own performance history', async ({ page }) => {
  await signIn(page, 'erin.employee@example.com');
  await mainNav(page).getByRole('link', { name: 'People' }).click();
  await page.getByRole('link', { name: 'Erin Walsh' }).first().click();
  await expect(page.getByRole('heading', { name: 'Performance history' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Performance at a glance' })).toBeVisible();
  await page.getByLabel('Show').selectOption({ label: 'Team, manager and role changes' });
  await expect(page.getByText('Reports to Morgan')).toBeVisible();
  // employees have no reports of their own to open
  await mainNav(page).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByText('No reports for you yet')).toBeVisible();
});
