import { expect, test, type Page } from '@playwright/test';
import { mainNav, signIn, signOut } from './support';

/** Rates a question of the form by clicking the scale point's label. */
async function rate(page: Page, form: string, question: string, label: string) {
  await page
    .getByRole('form', { name: form })
    .getByRole('radiogroup', { name: question })
    .getByText(label, { exact: true })
    .click();
}

async function openReview(page: Page, cycleName: string, tab?: string) {
  await mainNav(page).getByRole('link', { name: 'Reviews' }).click();
  if (tab) await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('link', { name: new RegExp(cycleName) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(cycleName);
}

test('a 360 cycle from launch to the reviewee signing off', async ({ page }) => {
  test.setTimeout(180_000);
  const cycleName = `E2E 360 ${Date.now()}${Math.floor(Math.random() * 1000)}`;

  // Alex launches a cycle for Erin
  await signIn(page, 'alex.admin@example.com');
  await mainNav(page).getByRole('link', { name: 'Admin' }).click();
  await page
    .getByRole('navigation', { name: 'Admin sections' })
    .getByRole('link', { name: 'Review cycles' })
    .click();
  await page.getByRole('button', { name: 'New cycle' }).click();
  const wizard = page.getByRole('dialog', { name: 'New review cycle' });
  // Nothing filled in: the first step says what is missing, and nothing is posted.
  await wizard.getByRole('button', { name: 'Next: Template' }).click();
  await expect(wizard.getByText('Give the cycle a name')).toBeVisible();
  await expect(wizard.getByText('Choose the period the cycle reviews')).toBeVisible();
  await wizard.getByLabel('Name', { exact: true }).fill(cycleName);
  await wizard.getByLabel('Kind').selectOption({ label: '360 review (with peers)' });
  await wizard.getByLabel('Period reviewed').selectOption({ index: 1 });
  await wizard.getByRole('button', { name: 'Next: Template' }).click();
  await wizard.getByLabel('Template', { exact: true }).selectOption({ label: '360 feedback' });
  await wizard.getByRole('button', { name: 'Next: Participants' }).click();
  await wizard.getByRole('button', { name: 'Next: Deadlines' }).click();
  await expect(wizard.getByText('Choose at least one person to review')).toBeVisible();
  await wizard.getByLabel('Find participants').fill('Erin');
  await wizard.getByLabel('Erin Walsh').check();
  await wizard.getByRole('button', { name: 'Next: Deadlines' }).click();
  await wizard.getByLabel('Fewest peers').fill('2');
  await wizard.getByRole('button', { name: 'Next: Review' }).click();
  await expect(wizard.getByRole('region', { name: 'Who will be reviewed' })).toContainText(
    '1 person will be reviewed',
  );
  await wizard.getByRole('button', { name: 'Create and launch…' }).click();
  const launch = page.getByRole('dialog', { name: 'Launch this cycle now?' });
  await expect(launch).toContainText('e-mails the 1 person being reviewed');
  await launch.getByRole('button', { name: 'Launch and e-mail 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: cycleName })).toBeVisible();
  await expect(page.getByText('Erin Walsh')).toBeVisible();
  await signOut(page);

  // Erin writes her self review and nominates peers
  await signIn(page, 'erin.employee@example.com');
  await openReview(page, cycleName);
  const self = 'Your self review';
  await page
    .getByRole('form', { name: self })
    .getByRole('button', { name: 'Submit self review' })
    .click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Answer these before submitting' }),
  ).toContainText('Collaboration');
  await rate(page, self, 'Collaboration', 'Exceeds expectations');
  await rate(page, self, 'Communication', 'Meets expectations');
  await page
    .getByRole('form', { name: self })
    .getByLabel(/Strengths/)
    .fill('I unblock people; I want to write more design notes.');
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved' })).toBeVisible();
  await page
    .getByRole('form', { name: self })
    .getByRole('button', { name: 'Submit self review' })
    .click();
  const confirmSelf = page.getByRole('dialog', { name: 'Submit your self review?' });
  await expect(confirmSelf).toContainText('Your manager will read your answers');
  await confirmSelf.getByRole('button', { name: 'Submit self review' }).click();
  await expect(page.getByRole('form', { name: self })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Your self review' })).toBeVisible();

  await page.getByLabel('Find people').fill('a');
  await page.getByLabel('Hana Suzuki').check();
  await page.getByLabel('Luis Garcia').check();
  await page.getByRole('button', { name: 'Send peers for approval' }).click();
  await expect(page.getByText('Peers sent to the manager for approval.')).toBeVisible();
  await signOut(page);

  // Morgan approves the peers and writes the manager review
  await signIn(page, 'morgan.manager@example.com');
  await openReview(page, cycleName, 'To write');
  await expect(page.getByRole('list', { name: 'Nominated peers' })).toContainText('Hana Suzuki');
  await page.getByRole('button', { name: 'Approve peers' }).click();
  await expect(page.getByText('Peers approved.')).toBeVisible();
  await expect(page.getByRole('region', { name: "Erin Walsh's self review" })).toContainText(
    '4 · Exceeds expectations',
  );
  await expect(page.getByRole('complementary', { name: 'Evidence' })).toBeVisible();
  const manager = 'Your manager review';
  await rate(page, manager, 'Collaboration', 'Exceeds expectations');
  await rate(page, manager, 'Communication', 'Exceeds expectations');
  await page
    .getByRole('form', { name: manager })
    .getByLabel(/Strengths/)
    .fill('A great teammate.');
  await page
    .getByRole('form', { name: manager })
    .getByRole('button', { name: 'Submit manager review' })
    .click();
  await page
    .getByRole('dialog', { name: 'Submit your manager review?' })
    .getByRole('button', { name: 'Submit manager review' })
    .click();
  await expect(page.getByText('Calibration').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Overall rating' })).toContainText('4.00');
  await signOut(page);

  // Alex calibrates and shares
  await signIn(page, 'alex.admin@example.com');
  await mainNav(page).getByRole('link', { name: 'Admin' }).click();
  await page
    .getByRole('navigation', { name: 'Admin sections' })
    .getByRole('link', { name: 'Review cycles' })
    .click();
  await page.getByRole('link', { name: cycleName }).click();
  await page.getByRole('button', { name: 'Adjust rating of Erin Walsh' }).click();
  const adjust = page.getByRole('dialog', { name: 'Adjust rating: Erin Walsh' });
  await adjust.getByLabel(/New rating/).fill('3.5');
  await adjust.getByLabel('Reason').fill('In line with the rest of Engineering');
  await adjust.getByRole('button', { name: 'Save rating' }).click();
  await expect(adjust).toBeHidden();
  const row = page.getByRole('row', { name: /Erin Walsh/ });
  await expect(row).toContainText('3.50');
  await expect(row).toContainText('Adjusted');
  await page.getByRole('button', { name: 'Share review of Erin Walsh' }).click();
  await expect(row).toContainText('Shared');
  await signOut(page);

  // Erin reads the shared review and acknowledges it
  await signIn(page, 'erin.employee@example.com');
  await openReview(page, cycleName);
  await expect(page.getByRole('region', { name: 'Manager review' })).toContainText(
    'A great teammate.',
  );
  await expect(page.getByRole('region', { name: 'Overall rating' })).toContainText('3.50');
  await page.getByRole('button', { name: 'Acknowledge' }).click();
  const ack = page.getByRole('dialog', { name: 'Acknowledge review' });
  await ack.getByLabel(/Comment/).fill('Thanks, fair and useful.');
  await ack.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(ack).toBeHidden();
  await expect(page.getByText('Thanks, fair and useful.')).toBeVisible();
  await expect(page.getByText(/Erin Walsh acknowledged this review/)).toBeVisible();
});

test("Erin sees her anonymous 360 summary and Morgan sees Felix's withheld", async ({ page }) => {
  await signIn(page, 'erin.employee@example.com');
  await mainNav(page).getByRole('link', { name: 'Reviews' }).click();
  await page.getByRole('link', { name: /360$/ }).first().click();
  await expect(page.getByText('3 peers answered.')).toBeVisible();
  await expect(page.getByRole('figure').first()).toContainText('average');
  await signOut(page);

  await signIn(page, 'morgan.manager@example.com');
  await mainNav(page).getByRole('link', { name: 'Reviews' }).click();
  await page.getByRole('tab', { name: 'To write' }).click();
  await page.getByRole('link', { name: /360 — Felix Wagner/ }).click();
  await expect(page.getByText(/Not enough responses/)).toBeVisible();
});
