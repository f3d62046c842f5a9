/**
 * Benchmark (not part of `playwright test`: the default testMatch only takes *.spec/*.test
 * files). Time to interactive of the Cascade page for a large organization: from the start of
 * the navigation to /cascade until the nodes are drawn and a click on one opens its details.
 *
 *   BENCH_BASE_URL   the running Cairn, e.g. http://localhost:8080
 *   BENCH_EMAIL      a person of the generated organization
 *   BENCH_PASSWORD   their password
 *   BENCH_NODES      expected number of objectives in the cascade (default 1000)
 *   BENCH_VIEW       map (default) or list
 *
 *   npx playwright test -c playwright.perf.config.ts
 *
 * Prints one JSON line: {"metric":"cascade-time-to-interactive", ...}.
 */
import { expect, test } from '@playwright/test';

const email = process.env.BENCH_EMAIL ?? 'alex.admin@example.com';
const password = process.env.BENCH_PASSWORD ?? 'cairn-demo';
const expectedNodes = Number(process.env.BENCH_NODES ?? 1000);
const view = process.env.BENCH_VIEW === 'list' ? 'list' : 'map';

test('cascade time to interactive for a large organization', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // A full page load, so the browser's navigation timing starts at 0.
  await page.goto(`/cascade${view === 'list' ? '?view=list' : ''}`, { waitUntil: 'commit' });
  const item = view === 'map' ? page.locator('.react-flow__node') : page.getByRole('treeitem');
  await expect(item.first()).toBeVisible({ timeout: 120_000 });
  const drawnMs = await page.evaluate(() => performance.now());

  // Interactive: a click on a node opens its details.
  const target =
    view === 'map'
      ? page.locator('.react-flow__node').first().getByRole('button').first() // its title
      : page.getByRole('treeitem').first();
  const title = view === 'map' ? await target.textContent() : null;
  await target.click();
  const panel = page
    .getByRole('complementary')
    .filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(panel.getByRole('button', { name: 'Close details' })).toBeVisible({
    timeout: 60_000,
  });
  const interactiveMs = await page.evaluate(() => performance.now());

  const counts = (await page.getByText(/^\d+ of \d+ objectives shown$/).textContent()) ?? '';
  const [, shown, total] = /(\d+) of (\d+)/.exec(counts) ?? [];
  const navigation = await page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { domContentLoadedMs: Math.round(entry.domContentLoadedEventEnd) };
  });
  const api = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/api/v1/cascade'))
      .map((entry) => Math.round(entry.duration)),
  );
  console.log(
    JSON.stringify({
      metric: 'cascade-time-to-interactive',
      view,
      timeToInteractiveMs: Math.round(interactiveMs),
      nodesDrawnMs: Math.round(drawnMs),
      ...navigation,
      cascadeApiMs: api,
      visibleNodes: Number(shown),
      totalNodes: Number(total),
      renderedNodes: await item.count(),
      expectedNodes,
      clicked: title,
    }),
  );
  expect(Number(total)).toBeGreaterThanOrEqual(expectedNodes * 0.9);
});
