import { expect, test, type Page } from '@playwright/test';
import { mainNav, signIn } from './support';

const OBJECTIVE = 'Build the canary release stage';
const KEY_RESULT = 'Services deployed through canary';

/** The node's progress as the map shows it (aria-valuenow of its progress bar). */
async function mapProgress(page: Page): Promise<number> {
  const bar = page.getByTestId('cascade-map').getByRole('progressbar', {
    name: `Progress of ${OBJECTIVE}`,
  });
  return Number(await bar.getAttribute('aria-valuenow'));
}

test('Erin finds her objective, checks in from the cascade and replays the period', async ({
  page,
}) => {
  await signIn(page, 'erin.employee@example.com');

  // Time to interactive, printed for the record (not asserted): nav click → nodes drawn → a click works.
  const started = Date.now();
  await mainNav(page).getByRole('link', { name: 'Cascade' }).click();
  const map = page.getByTestId('cascade-map');
  await expect(map.locator('.react-flow__node').first()).toBeVisible();
  const drawn = Date.now() - started;
  await map.getByRole('button', { name: 'Fit View' }).click();
  console.log(
    JSON.stringify({
      metric: 'cascade-demo-interactive-ms',
      drawnMs: drawn,
      interactiveMs: Date.now() - started,
    }),
  );

  // One click on a search hit: the node is focused, its path up to the company goal highlighted
  // and its details open.
  await page.getByRole('combobox', { name: 'Find an objective' }).fill('canary');
  await page
    .getByRole('listbox', { name: 'Matching objectives' })
    .getByRole('option', { name: new RegExp(OBJECTIVE) })
    .click();
  const panel = page.getByRole('complementary', { name: OBJECTIVE });
  await expect(panel.getByRole('heading', { name: OBJECTIVE })).toBeVisible();
  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/cascade-search-hit.png` });
  }
  const path = page.getByRole('navigation', { name: 'Path to the company goal' });
  await expect(path.getByRole('listitem')).toHaveText([
    'Make the X-2 platform rock-solid',
    'Cut field failures in half',
    'Ship a zero-downtime update pipeline',
    OBJECTIVE,
  ]);
  // A node on the path carries data-on-path (its classes are CSS Module names).
  const mapNode = (title: string) => map.locator('.react-flow__node', { hasText: title });
  const node = mapNode(OBJECTIVE);
  await expect(node.locator('[data-on-path]')).toHaveCount(1);
  await expect(node).toBeInViewport(); // centred
  // Zoomed out, every node is drawn: the path is highlighted, its neighbours are not.
  await map.getByRole('button', { name: 'Fit View' }).click();
  await expect(mapNode('Cut field failures in half').locator('[data-on-path]')).toHaveCount(1);
  await expect(
    mapNode('Bring on-call load below 5 pages a week').locator('[data-on-path]'),
  ).toHaveCount(0);
  await expect(map.locator('.react-flow__edge.is-on-path')).toHaveCount(3);

  // The side panel (still open), then a quick check-in: five more on the key result.
  const before = await mapProgress(page);
  await expect(panel.getByRole('link', { name: 'Open objective page' })).toHaveAttribute(
    'href',
    /\/objectives\/[0-9a-f-]{36}$/,
  );
  await panel.getByLabel('Key result', { exact: true }).selectOption({ label: KEY_RESULT });
  const value = panel.getByLabel(/New value/);
  const current = Number(await value.inputValue());
  await value.fill(String(current + 5));
  const comment = `Five more services through canary (${Date.now()}).`;
  await panel.getByLabel(/Comment/).fill(comment);
  await panel.getByRole('button', { name: 'Post check-in' }).click();
  await expect(panel.getByRole('status')).toHaveText('Check-in saved.');

  await expect.poll(() => mapProgress(page)).toBeGreaterThan(before);
  const after = await mapProgress(page);
  await expect(panel.getByText(comment)).toBeVisible(); // in the recent check-ins

  // Replay: an early week of the period shows the older, lower progress.
  const slider = page.getByRole('slider', { name: 'Replay the period' });
  await slider.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('output')).toHaveText(/^As of \d{1,2} \w{3} \d{4}$/);
  await expect(panel.getByText(/Figures as of/)).toBeVisible();
  await expect.poll(() => mapProgress(page)).toBeLessThan(after);
  expect(await mapProgress(page)).toBeLessThan(before);

  await page.getByRole('button', { name: 'Back to now' }).click();
  await expect.poll(() => mapProgress(page)).toBe(after);
});

test('the list view is a keyboard-navigable tree with the same data', async ({ page }) => {
  await signIn(page, 'erin.employee@example.com');
  await page.goto('/cascade?view=list');
  const tree = page.getByRole('tree', { name: 'Objective cascade' });
  await expect(tree.getByRole('treeitem').first()).toBeVisible();

  await tree.focus();
  await page.keyboard.press('ArrowDown');
  await expect(tree.getByRole('treeitem', { selected: true })).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Map' }).click();
  await expect(page).toHaveURL(/\/cascade$/);
});
