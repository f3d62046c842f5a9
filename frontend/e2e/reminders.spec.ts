import { expect, test, type Page } from '@playwright/test';
import { mainNav, signIn } from './support';

test.describe.configure({ timeout: 90_000 });

async function openAdmin(page: Page, section: string) {
  await mainNav(page).getByRole('link', { name: 'Admin' }).click();
  await page
    .getByRole('navigation', { name: 'Admin sections' })
    .getByRole('link', { name: section })
    .click();
}

test('Alex edits a reminder rule and turns it off, in words a person understands', async ({
  page,
}) => {
  await signIn(page, 'alex.admin@example.com');
  await openAdmin(page, 'Reminders');
  const table = page.getByRole('table', { name: 'Reminder rules' });
  await expect(table.getByText('Draft objective waiting for agreement')).toBeVisible();

  await page.getByRole('button', { name: /^Edit Draft objective waiting for agreement/ }).click();
  const dialog = page.getByRole('dialog', { name: /Draft objective waiting/ });
  await dialog.getByLabel('Days after it was proposed').fill('500');
  await dialog.getByRole('button', { name: 'Save rule' }).click();
  await expect(dialog.getByText('Between 0 and 365.')).toBeVisible();
  await dialog.getByLabel('Days after it was proposed').fill('5');
  await dialog.getByLabel('Rule is on').uncheck();
  await dialog.getByRole('button', { name: 'Save rule' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('“Draft objective waiting for agreement” was saved.')).toBeVisible();
  const row = table.getByRole('row', { name: /Draft objective waiting for agreement/ });
  await expect(row).toContainText('5 days');
  await expect(row).toContainText('Off');
});

test('Alex reminds the late people of an active cycle after seeing who they are', async ({
  page,
}) => {
  await signIn(page, 'alex.admin@example.com');
  await openAdmin(page, 'Review cycles');
  await page.getByRole('link', { name: / 360$/ }).first().click();
  await page.getByRole('button', { name: 'Remind now' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remind the people who are late?' });
  await expect(dialog.getByRole('listitem').first()).toBeVisible();
  await expect(dialog).toContainText(/review of /);
  await dialog.getByRole('button', { name: /^Remind \d+ (people|person)$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/reminders? sent/)).toBeVisible();
});

test('an admin sets the check-in cadence in settings', async ({ page }) => {
  await signIn(page, 'alex.admin@example.com');
  await page.goto('/settings');
  const cadence = page.getByRole('spinbutton', { name: 'Check-in cadence (days)' });
  await expect(cadence).toHaveValue('14');
  await cadence.fill('0');
  await page.getByRole('button', { name: 'Save organization' }).click();
  await expect(page.getByText('Between 1 and 90 days.')).toBeVisible();
  await cadence.fill('10');
  await page.getByRole('button', { name: 'Save organization' }).click();
  await expect(page.getByText('The organization is saved.')).toBeVisible();
});
