import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeMe } from '@/testing/fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  if (email) await user.type(screen.getByLabelText('Email'), email);
  if (password) await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

describe('login page', () => {
  it('validates the form before calling the API', async () => {
    const { fetchMock } = mockApi({});
    renderApp('/login');

    await fillAndSubmit('', '');

    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('rejects a malformed email address', async () => {
    const { fetchMock } = mockApi({});
    renderApp('/login');

    await fillAndSubmit('not-an-email', 'secret');

    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'Enter a valid email address.',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows an error for wrong credentials', async () => {
    mockApi({ 'POST /api/v1/auth/login': () => problem(401, { detail: 'Invalid credentials' }) });
    renderApp('/login');

    await fillAndSubmit('erin.employee@example.com', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect email or password.');
  });

  it('asks for the organization when the server needs it, then sends it', async () => {
    const { requests } = mockApi({
      'POST /api/v1/auth/login': ({ body }) =>
        (body as { organization?: string }).organization
          ? json({
              accessToken: 't',
              tokenType: 'Bearer',
              expiresAt: new Date(Date.now() + 3600_000).toISOString(),
              person: makeMe(),
            })
          : problem(400, {
              detail: 'This email belongs to several organizations.',
              errors: [{ field: 'organization', message: 'Choose your organization.' }],
            }),
      'GET /api/v1/me': () => json(makeMe()),
    });
    renderApp('/login');
    expect(screen.queryByLabelText(/Organization/)).not.toBeInTheDocument();

    const user = await fillAndSubmit('erin.employee@example.com', 'cairn-demo');

    const organization = await screen.findByLabelText(/Organization/);
    expect(organization).toHaveAccessibleDescription('Choose your organization.');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This email is used in more than one organization.',
    );

    await user.type(organization, 'northwind');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: /Erin/ })).toBeInTheDocument();
    const logins = requests.filter((r) => new URL(r.url).pathname === '/api/v1/auth/login');
    expect(await logins.at(-1)!.json()).toMatchObject({ organization: 'northwind' });
  });

  it('shows the retry delay when sign-in is rate limited', async () => {
    mockApi({
      'POST /api/v1/auth/login': () =>
        problem(429, { detail: 'Too many' }, { 'Retry-After': '30' }),
    });
    renderApp('/login');

    await fillAndSubmit('erin.employee@example.com', 'x');

    expect(await screen.findByRole('alert')).toHaveTextContent('Try again in 30 seconds.');
  });
});
