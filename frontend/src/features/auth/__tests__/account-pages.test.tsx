import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { slugFrom } from '@/features/auth/components/slug';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

const STRONG = 'Quiet-Tangerine-Orbit-42';

describe('sign-up', () => {
  it('suggests a short name, checks the password length, then says to check the email', async () => {
    const { requests } = mockApi({
      'POST /api/v1/organizations': () => json({}, 201),
    });
    renderApp('/signup');
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Organization name'), 'Acme Robotics');
    expect(screen.getByLabelText('Short name')).toHaveValue('acme-robotics');
    await user.type(screen.getByLabelText('Your name'), 'Fay Founder');
    await user.type(screen.getByLabelText('Your email'), 'fay@acme.example');
    await user.type(screen.getByLabelText('Password'), 'too-short');
    await user.click(screen.getByRole('button', { name: 'Create organization' }));

    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/at least 12 characters/);
    expect(requests).toHaveLength(0);

    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), STRONG);
    await user.click(screen.getByRole('button', { name: 'Create organization' }));

    expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeInTheDocument();
    expect(screen.getByText('fay@acme.example')).toBeInTheDocument();
    expect(await requests[0].json()).toMatchObject({
      slug: 'acme-robotics',
      adminPassword: STRONG,
    });
  }, 20_000);

  it("shows the server's verdict on a guessable password next to the field", async () => {
    mockApi({
      'POST /api/v1/organizations': () =>
        problem(400, {
          detail: 'The request has invalid fields: see errors.',
          errors: [
            {
              field: 'adminPassword',
              message: 'is too easy to guess: this is a very common password',
            },
          ],
        }),
    });
    renderApp('/signup');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Organization name'), 'Acme');
    await user.type(screen.getByLabelText('Your name'), 'Fay');
    await user.type(screen.getByLabelText('Your email'), 'fay@acme.example');
    await user.type(screen.getByLabelText('Password'), 'password1234');
    await user.click(screen.getByRole('button', { name: 'Create organization' }));

    expect(await screen.findByText(/too easy to guess/)).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/too easy to guess/);
  });

  it('turns organization names into short names', () => {
    expect(slugFrom('  Ça Va — Robotics! ')).toBe('ca-va-robotics');
  });
});

describe('e-mailed links', () => {
  it('greets an invited person and sets their password, then sends them to sign in', async () => {
    const { requests } = mockApi({
      'POST /api/v1/auth/links/inspect': () =>
        json({
          purpose: 'INVITE',
          email: 'nia@example.com',
          name: 'Nia New',
          organizationName: 'Northwind',
          expiresAt: '2030-01-01T00:00:00Z',
        }),
      'POST /api/v1/auth/set-password': () => new Response(null, { status: 204 }),
    });
    const { router } = renderApp('/accept-invite#token=secret-123');
    const user = userEvent.setup();

    expect(await screen.findByText(/Welcome, Nia New/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('New password'), STRONG);
    await user.type(screen.getByLabelText('Repeat the new password'), `${STRONG}!`);
    await user.click(screen.getByRole('button', { name: 'Set password and continue' }));
    expect(screen.getByLabelText('Repeat the new password')).toHaveAccessibleDescription(
      'The two passwords differ.',
    );

    await user.clear(screen.getByLabelText('Repeat the new password'));
    await user.type(screen.getByLabelText('Repeat the new password'), STRONG);
    await user.click(screen.getByRole('button', { name: 'Set password and continue' }));

    expect(await screen.findByText('Your password is set. Sign in with it.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    const sent = requests.find((r) => r.url.endsWith('/set-password'))!;
    expect(await sent.json()).toEqual({ token: 'secret-123', newPassword: STRONG });
  });

  it('says when a reset link was used already', async () => {
    mockApi({
      'POST /api/v1/auth/links/inspect': () =>
        problem(400, { errors: [{ field: 'token', message: 'is not valid any more' }] }),
    });
    renderApp('/reset-password#token=used');

    expect(await screen.findByText(/This link does not work any more/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Get a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('confirms the email from the sign-up link once', async () => {
    const { requests } = mockApi({
      'POST /api/v1/auth/verify-email': () => new Response(null, { status: 204 }),
    });
    renderApp('/verify-email#token=fresh');

    expect(await screen.findByText(/Your email is confirmed/)).toBeInTheDocument();
    expect(requests).toHaveLength(1);
    expect(await requests[0].json()).toEqual({ token: 'fresh' });
  });
});
