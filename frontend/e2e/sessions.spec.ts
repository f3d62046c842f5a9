import { expect, test, type Page } from '@playwright/test';
import { mainNav, signIn, signOut } from './support';

async function openSession(page: Page, title: string) {
  await mainNav(page).getByRole('link', { name: '1:1s' }).click();
  await page.getByRole('link', { name: title }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function addAgendaItem(page: Page, text: string) {
  await page.getByLabel('New agenda item').fill(text);
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByRole('list', { name: 'Agenda items' })).toContainText(text);
}

test('a recurring 1:1: both prepare, a private note stays private, the next one carries the agenda', async ({
  page,
}) => {
  const stamp = `${Date.now()}`.slice(-6);
  const title = `Weekly sync ${stamp}`;
  const morganTopic = `Roadmap ${stamp}`;
  const erinTopic = `Conference budget ${stamp}`;
  const secret = `I am thinking about changing teams ${stamp}`;

  // Morgan schedules a weekly 1:1 with Erin
  await signIn(page, 'morgan.manager@example.com');
  await mainNav(page).getByRole('link', { name: '1:1s' }).click();
  await expect(page.getByRole('heading', { name: 'Your reports' })).toBeVisible();
  await page.getByRole('button', { name: 'Schedule 1:1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule a 1:1' });
  await dialog.getByLabel('With').selectOption({ label: 'Erin Walsh (your report)' });
  await expect(dialog.getByRole('status')).toContainText('You already meet Erin Walsh');
  await dialog.getByLabel(/Title/).fill(title);
  await dialog.getByLabel('Time').fill('11:30');
  await dialog.getByLabel('Repeats').selectOption({ label: 'Weekly' });
  await dialog.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await addAgendaItem(page, morganTopic);
  await signOut(page);

  // Erin adds her own item and a private note
  await signIn(page, 'erin.employee@example.com');
  await openSession(page, title);
  await expect(page.getByText(morganTopic)).toBeVisible();
  await addAgendaItem(page, erinTopic);
  // keyboard reorder: Erin's item moves to the top
  await page.getByRole('button', { name: `Move "${erinTopic}" up` }).click();
  await expect(
    page.getByRole('list', { name: 'Agenda items' }).getByRole('listitem').first(),
  ).toContainText(erinTopic);
  await expect(page.getByText('Only you can see this.')).toBeVisible();
  await page.getByLabel('Private notes').fill(secret);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Private notes')).toHaveValue(secret);
  await signOut(page);

  // Morgan cannot see Erin's private note; discusses his item and completes the 1:1
  await signIn(page, 'morgan.manager@example.com');
  await openSession(page, title);
  await expect(page.getByText(erinTopic)).toBeVisible();
  await expect(page.getByLabel('Private notes')).toHaveValue('');
  await expect(page.locator('body')).not.toContainText(secret);
  await page.getByRole('checkbox', { name: morganTopic }).click();
  await expect(page.getByRole('checkbox', { name: morganTopic })).toBeChecked();
  await page.getByRole('button', { name: 'Complete 1:1' }).click();
  await expect(page.getByText('Completed', { exact: true })).toBeVisible();

  // the next occurrence carries Erin's undiscussed item, marked as carried
  await page.getByRole('link', { name: 'Next occurrence →' }).click();
  const agenda = page.getByRole('list', { name: 'Agenda items' });
  await expect(agenda).toContainText(erinTopic);
  await expect(agenda).toContainText('Carried over');
  await expect(agenda).not.toContainText(morganTopic);
});
