import { expect, test, type Locator, type Page } from '@playwright/test';
import { mainNav, signIn } from './support';

const CANARY = 'Build the canary release stage';
const PIPELINE = 'Ship a zero-downtime update pipeline';
const KEY_RESULT = 'Services deployed through canary';
const LUIS_DRAFT = 'Halve CI build times with a shared cache';

function objectiveProgress(page: Page): Locator {
  return page.getByRole('progressbar', { name: 'Objective progress' });
}

/** The percentage shown for one step of the alignment breadcrumb. */
function alignmentStep(page: Page, title: string): Locator {
  return page
    .getByRole('navigation', { name: 'Alignment' })
    .getByRole('listitem')
    .filter({ hasText: title });
}

test('an employee checks in on a key result and sees the objective and its parent move', async ({
  page,
}) => {
  await signIn(page, 'erin.employee@example.com');
  await mainNav(page).getByRole('link', { name: 'Objectives' }).click();
  await page.getByRole('link', { name: CANARY }).click();
  await expect(page.getByRole('heading', { name: CANARY, level: 1 })).toBeVisible();

  const progress = objectiveProgress(page);
  const progressBefore = await progress.getAttribute('aria-valuenow');
  const parentBefore = (await alignmentStep(page, PIPELINE).innerText()).trim();

  await page.getByRole('button', { name: `Check in on ${KEY_RESULT}` }).click();
  const form = page.getByRole('form', { name: `Check in on ${KEY_RESULT}` });
  const value = form.getByLabel('New value');
  const current = Number(await value.inputValue());
  // Move it far enough to change the rounded percentages, staying within 0–100.
  const next = current <= 70 ? current + 30 : current - 30;
  await value.fill(String(next));
  await form.getByLabel(/Health/).selectOption({ label: 'On track' });
  await form.getByLabel(/Confidence/).fill('8');
  await form.getByLabel(/Comment/).fill('Rolled out to more services.');
  await form.getByRole('button', { name: 'Save check-in' }).click();

  await expect(form).toBeHidden();
  await expect(progress).not.toHaveAttribute('aria-valuenow', progressBefore!);
  await expect(alignmentStep(page, PIPELINE)).not.toHaveText(parentBefore);
  const history = page.getByRole('list', { name: 'Check-ins, newest first' });
  await expect(history.getByRole('listitem').first()).toContainText('Rolled out to more services.');
  const parentAfter = (await alignmentStep(page, PIPELINE).innerText()).match(/(\d+)%/)![1];

  // The parent's own page shows the rolled-up progress too.
  await alignmentStep(page, PIPELINE).getByRole('link', { name: PIPELINE }).click();
  await expect(page.getByRole('heading', { name: PIPELINE, level: 1 })).toBeVisible();
  await expect(objectiveProgress(page)).toHaveAttribute('aria-valuenow', parentAfter);
});

test("a manager agrees a report's proposed draft from the team objectives", async ({ page }) => {
  await signIn(page, 'morgan.manager@example.com');
  await mainNav(page).getByRole('link', { name: 'Objectives' }).click();
  await page
    .getByRole('navigation', { name: 'Objectives sections' })
    .getByRole('link', { name: 'Team objectives' })
    .click();

  const waiting = page.getByRole('list', { name: 'Drafts waiting for your agreement' });
  await expect(waiting.getByRole('link', { name: LUIS_DRAFT })).toBeVisible();
  await waiting.getByRole('button', { name: `Agree ${LUIS_DRAFT}` }).click();

  await expect(
    page.getByRole('status').filter({ hasText: `${LUIS_DRAFT} is agreed` }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: LUIS_DRAFT })).toHaveCount(1);
  const luis = page.getByRole('list', { name: 'Objectives of Luis Garcia' });
  const agreed = luis.getByRole('listitem').filter({ hasText: LUIS_DRAFT });
  await expect(agreed).toContainText('Active');
});

test('an admin creates a company goal in the current period and activates it', async ({ page }) => {
  const title = `Open a third market ${Date.now()}`;
  await signIn(page, 'alex.admin@example.com');
  await mainNav(page).getByRole('link', { name: 'Objectives' }).click();
  await page.getByRole('button', { name: 'New objective' }).click();

  const dialog = page.getByRole('dialog', { name: 'New objective' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Level').selectOption({ label: 'Company goal' });
  await expect(dialog.getByLabel('Period')).toHaveValue(/.+/);
  await expect(dialog.getByLabel('Period').locator('option:checked')).toHaveText(/current/);
  await expect(dialog.getByRole('combobox', { name: /Aligns to/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Add key result' }).click();
  await dialog.getByLabel('What will you measure?').fill('Markets launched');
  await dialog.getByLabel('Kind').selectOption({ label: 'Milestones' });
  await dialog.getByLabel('Number of milestones').fill('3');
  await dialog.getByRole('button', { name: 'Create draft' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  const actions = page.getByRole('group', { name: 'Objective actions' });
  await expect(page.getByText('Company goal', { exact: true })).toBeVisible();
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();

  await actions.getByRole('button', { name: 'Agree' }).click();

  await expect(page.getByText('Agreed: the objective is active.')).toBeVisible();
  await expect(page.getByText('Active', { exact: true })).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Agree' })).toHaveCount(0);
  await expect(page.getByText('Markets launched')).toBeVisible();
});
