import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'cairn-demo';

/** The pages a manager uses most, as [name, path]: checked for layout and accessibility. */
export const MANAGER_PAGES = [
  ['home', '/'],
  ['objectives', '/objectives'],
  ['cascade', '/cascade'],
  ['one-on-ones', '/one-on-ones'],
  ['reviews', '/reviews'],
  ['feedback', '/feedback'],
  ['settings', '/settings'],
] as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The account menu shows at every width; the navigation hides behind a menu button on phones.
  await expect(page.getByRole('button', { name: /Account menu/ })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
}

export function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

/**
 * The link in the last e-mail to `email` that opens `path` (e.g. /verify-email). The e2e server
 * mocks the mailer, which writes each mail to its log; scripts/e2e.sh passes the log's path.
 */
export async function linkFromMail(email: string, path: string): Promise<string> {
  const log = process.env.E2E_SERVER_LOG;
  if (!log)
    throw new Error('E2E_SERVER_LOG is not set: run the browser tests through scripts/e2e.sh');
  const pattern = new RegExp(`https?://\\S+${path}#token=[A-Za-z0-9_-]+`, 'g');
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const mails = readFileSync(log, 'utf8').split(/(?=Sending email)/);
    const links = mails
      .filter((mail) => mail.includes(email))
      .flatMap((mail) => mail.match(pattern) ?? []);
    if (links.length > 0) return links[links.length - 1];
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No mail to ${email} with a ${path} link in ${log}`);
}

/** A password the server's policy accepts, different each run. */
export function strongPassword(): string {
  return `Quiet-Tangerine-Orbit-${Math.floor(Math.random() * 1_000_000)}`;
}
