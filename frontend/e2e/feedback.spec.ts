import { expect, test } from '@playwright/test';
import { mainNav, signIn, signOut } from './support';

test('praise with a value, a manager asks two peers about Erin, one answers, the answer is evidence', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const praise = `Thanks for the pairing session ${stamp}`;
  const question = `How did Erin handle the release train? ${stamp}`;
  const answer = `Erin kept the release calm and explained every step ${stamp}`;

  // Erin praises a colleague with a company value, on the wall
  await signIn(page, 'erin.employee@example.com');
  await mainNav(page).getByRole('link', { name: 'Praise' }).click();
  await page.getByRole('button', { name: 'Give praise' }).click();
  const praiseDialog = page.getByRole('dialog', { name: 'Give praise' });
  await praiseDialog.getByRole('combobox', { name: 'Who do you want to praise?' }).fill('luis');
  await praiseDialog.getByRole('option', { name: /Luis Garcia/ }).click();
  await praiseDialog.getByLabel('What did they do?').fill(praise);
  await praiseDialog.getByLabel('Build together').check();
  await praiseDialog.getByRole('button', { name: 'Post praise' }).click();
  await expect(praiseDialog).toBeHidden();
  const posted = page.getByRole('article').filter({ hasText: praise });
  await expect(posted).toBeVisible();
  await expect(posted.getByRole('list', { name: 'Company values' })).toContainText(
    'Build together',
  );
  await signOut(page);

  // Morgan asks Hana and Luis for feedback about Erin
  await signIn(page, 'morgan.manager@example.com');
  await mainNav(page).getByRole('link', { name: 'Feedback' }).click();
  await page.getByRole('button', { name: 'Request feedback' }).click();
  const ask = page.getByRole('dialog', { name: 'Request feedback' });
  await ask.getByLabel('About').selectOption({ label: 'Erin Walsh' });
  await ask.getByLabel('Hana Suzuki').check();
  await ask.getByLabel('Luis Garcia').check();
  await ask.getByLabel('Question').fill(question);
  await ask.getByRole('button', { name: 'Send request' }).click();
  await expect(ask).toBeHidden();
  await page.getByRole('tab', { name: 'Requests' }).click();
  await expect(page.getByText(`“${question}”`)).toHaveCount(2);
  await signOut(page);

  // Hana answers from her requests inbox
  await signIn(page, 'hana.suzuki@example.com');
  await mainNav(page).getByRole('link', { name: 'Feedback' }).click();
  await page.getByRole('tab', { name: 'Requests' }).click();
  const request = page.getByRole('listitem').filter({ hasText: question });
  await request.getByRole('button', { name: 'Answer' }).click();
  const answerDialog = page.getByRole('dialog', { name: 'Feedback about Erin Walsh' });
  await answerDialog.getByLabel('Your answer').fill(answer);
  await answerDialog.getByRole('button', { name: 'Send answer' }).click();
  await expect(answerDialog).toBeHidden();
  await expect(page.getByRole('listitem').filter({ hasText: question })).toContainText('Answered');
  await signOut(page);

  // Morgan sees the answer in the evidence of Erin's 360
  await signIn(page, 'morgan.manager@example.com');
  await mainNav(page).getByRole('link', { name: 'Reviews' }).click();
  await page.getByRole('tab', { name: 'To write' }).click();
  await page.getByRole('link', { name: /Q\d 360 — Erin Walsh/ }).click();
  const evidence = page.getByRole('complementary', { name: 'Evidence' });
  await expect(evidence).toContainText(answer);
  await expect(evidence).toContainText(`Asked by Morgan Lee: “${question}”`);
  await expect(evidence).toContainText('Thank you for pairing with me on the deploy pipeline');
});
