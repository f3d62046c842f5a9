import { expect, test } from '@playwright/test';
import { mainNav, signIn } from './support';

test('an admin imports people from CSV: a bad row blocks, the fixed file is saved, then a bulk change', async ({
  page,
}) => {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const lead = { email: `lead.${stamp}@example.com`, name: `Lena Import ${stamp}` };
  const report = { email: `rey.${stamp}@example.com`, name: `Rey Import ${stamp}` };
  const header = 'email,name,title,team,manager_email,role,time_zone';
  const reportRow = `${report.email},${report.name},Engineer,Platform,${lead.email},EMPLOYEE,`;
  const leadRow = (manager: string) =>
    `${lead.email},${lead.name},Lead,Platform,${manager},EMPLOYEE,Europe/Berlin`;

  await signIn(page, 'alex.admin@example.com');
  await mainNav(page).getByRole('link', { name: 'Admin' }).click();
  await expect(page).toHaveURL(/\/admin\/people$/);

  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import people from CSV' });
  // the report comes first: its manager is further down the file
  await dialog
    .getByLabel('Or paste the CSV')
    .fill([header, reportRow, leadRow('nobody@example.com')].join('\n'));
  await dialog.getByRole('button', { name: 'Preview' }).click();

  const preview = dialog.getByRole('table', { name: 'What the import does, row by row' });
  const bad = preview.getByRole('row', { name: new RegExp(lead.name) });
  await expect(bad).toContainText('manager_email');
  await expect(bad).toContainText('no one has this email');
  await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled();

  await dialog.getByRole('button', { name: 'Back to the file' }).click();
  await dialog
    .getByLabel('Or paste the CSV')
    .fill([header, reportRow, leadRow('morgan.manager@example.com')].join('\n'));
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(preview.getByRole('row', { name: new RegExp(report.name) })).toContainText('New');
  await dialog.getByRole('button', { name: 'Import 2 people' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Imported: 2 new' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search people' }).fill(stamp);
  const reportLine = page.getByRole('row', { name: new RegExp(report.name) });
  await expect(reportLine).toContainText(lead.name);
  await expect(reportLine).toContainText('Invited');

  await page.getByRole('checkbox', { name: 'Select everyone on this page' }).check();
  const bar = page.getByRole('form', { name: 'Change the selected people' });
  await expect(bar).toContainText('2 selected');
  await bar.getByLabel('Change').selectOption({ label: 'Move to team' });
  await bar.getByLabel('Team').selectOption({ label: 'Sales' });
  await bar.getByRole('button', { name: 'Apply…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Change 2 people?' });
  await expect(confirm).toContainText('will move to Sales');
  await confirm.getByRole('button', { name: 'Apply the change' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '2 changed' })).toBeVisible();
  await expect(reportLine).toContainText('Sales');
  // Rey's row names Lena as manager: pick Lena's own row by its tick box
  await expect(page.getByRole('row', { name: new RegExp(`^Select ${lead.name}`) })).toContainText(
    'Sales',
  );
});
