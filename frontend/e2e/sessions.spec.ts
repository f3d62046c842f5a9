import { expect, test, type Page } from '@playwright/test';
import { mainNav, signIn, signOut } from './support';

async function openSession(page: Page, title: string) {
  await mainNav(page).getByRole('link', { name: '1:1s' }).click();
  await page.getByRole('link', { name: title }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** The date and time inputs' values for the start of the minute after next, in `timeZone`. */
function soonIn(timeZone: string): { date: string; time: string } {
  const at = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

async function addAgendaItem(page: Page, text: string) {
  await page.getByLabel('New agenda item').fill(text);
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByRole('list', { name: 'Agenda items' })).toContainText(text);
}

test('a recurring 1:1: both prepare, a private note stays private, the next one carries the agenda', async ({
  page,
}) => {
  // it starts in a minute or two: it can be completed only once it has started
  test.setTimeout(300_000);
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
  // A searchable list: the caller's reports come first.
  await dialog.getByRole('combobox', { name: 'With' }).fill('erin');
  await dialog.getByRole('option', { name: 'Erin Walsh (your report)' }).click();
  await expect(dialog.getByRole('status')).toContainText('You already meet Erin Walsh');
  await dialog.getByLabel(/Title/).fill(title);
  const zone = (await dialog.getByText('Times are in your time zone:').textContent())!
    .replace('Times are in your time zone: ', '')
    .split(' ')[0]
    .replace(/\.$/, '');
  const soon = soonIn(zone);
  await dialog.getByLabel('Date').fill(soon.date);
  await dialog.getByLabel('Time').fill(soon.time);
  await dialog.getByLabel('Repeats').selectOption({ label: 'Weekly' });
  await dialog.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Complete 1:1' })).toBeDisabled();
  await expect(page.getByText(/It can be completed once it starts/)).toBeVisible();
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
  await expect(page.getByRole('button', { name: 'Complete 1:1' })).toBeEnabled({
    timeout: 180_000,
  });
  await page.getByRole('button', { name: 'Complete 1:1' }).click();
  await expect(page.getByText('Completed', { exact: true })).toBeVisible();

  // the next occurrence carries Erin's undiscussed item, marked as carried
  await page.getByRole('link', { name: 'Next occurrence →' }).click();
  const agenda = page.getByRole('list', { name: 'Agenda items' });
  await expect(agenda).toContainText(erinTopic);
  await expect(agenda).toContainText('Carried over');
  await expect(agenda).not.toContainText(morganTopic);
});
