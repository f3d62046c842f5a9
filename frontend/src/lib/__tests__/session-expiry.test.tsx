import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '@/lib/session';
import { makeMe, makeSession } from '@/testing/fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

const EXPIRED = 'Your session has expired. Please sign in again.';

describe('session handling', () => {
  it('sends the bearer token on API calls', async () => {
    const session = makeSession();
    sessionStore.start(session);
    const { requests } = mockApi({ 'GET /api/v1/me': () => json(session.person) });

    renderApp('/');

    await screen.findByRole('heading', { name: /Erin/ }, { timeout: 4000 });
    expect(requests[0].headers.get('Authorization')).toBe(`Bearer ${session.accessToken}`);
  });

  it('renews the token with the refresh cookie and retries when the API answers 401', async () => {
    const session = makeSession();
    sessionStore.start(session);
    const renewed = { ...makeSession(), accessToken: 'renewed-token' };
    let calls = 0;
    const { requests } = mockApi({
      'GET /api/v1/me': ({ request }) => {
        calls += 1;
        return request.headers.get('Authorization') === 'Bearer renewed-token'
          ? json(session.person)
          : problem(401, { detail: 'Token expired' });
      },
      'POST /api/v1/auth/refresh': () => json({ ...renewed, tokenType: 'Bearer' }),
    });

    renderApp('/');

    await screen.findByRole('heading', { name: /Erin/ });
    expect(calls).toBe(2);
    expect(requests.filter((r) => r.url.endsWith('/auth/refresh'))).toHaveLength(1);
    expect(sessionStore.getAccessToken()).toBe('renewed-token');
  });

  it('sends the person to login with the expiry message when the refresh cookie no longer works', async () => {
    sessionStore.start(makeSession());
    mockApi({
      'GET /api/v1/me': () => problem(401, { detail: 'Token expired' }),
      'POST /api/v1/auth/refresh': () => problem(401, { detail: 'This session has ended' }),
    });

    const { router } = renderApp('/');

    expect(await screen.findByText(EXPIRED)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?expired=1');
    expect(sessionStore.getAccessToken()).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('signs in from the refresh cookie on load and keeps the token out of localStorage', async () => {
    sessionStore.reset();
    const session = makeSession();
    mockApi({
      'POST /api/v1/auth/refresh': () => json({ ...session, tokenType: 'Bearer' }),
      'GET /api/v1/me': () => json(session.person),
    });
    await sessionStore.refresh();

    renderApp('/people');

    expect(await screen.findByRole('heading', { name: 'People' })).toBeInTheDocument();
    expect(JSON.stringify({ ...localStorage })).not.toContain(session.accessToken);
  });

  it('shares one refresh between concurrent requests', async () => {
    sessionStore.start(makeSession(makeMe(), 30_000)); // inside the refresh margin
    let refreshes = 0;
    mockApi({
      'POST /api/v1/auth/refresh': async () => {
        refreshes += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return json({ ...makeSession(), accessToken: `renewed-${refreshes}`, tokenType: 'Bearer' });
      },
    });

    const results = await Promise.all([
      sessionStore.refresh(),
      sessionStore.refresh(),
      sessionStore.refresh(),
    ]);

    expect(refreshes).toBe(1);
    expect(new Set(results.map((r) => r?.accessToken))).toEqual(new Set(['renewed-1']));
  });

  it('logs out from the user menu: ends the session on the server, without the expiry message', async () => {
    const me = makeMe();
    sessionStore.start(makeSession(me));
    const { requests } = mockApi({
      'GET /api/v1/me': () => json(me),
      'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }),
    });
    const { router } = renderApp('/');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /Account menu/ }));
    await user.click(screen.getByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(screen.queryByText(EXPIRED)).not.toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/api/v1/auth/logout'))).toBe(
      true,
    );
    expect(sessionStore.getAccessToken()).toBeNull();
  });
});

describe('signing in after signing out', () => {
  it('lands on Home, not on the page the previous person was on', async () => {
    const admin = { ...makeMe(), roles: ['ADMIN' as const], name: 'Alex Admin' };
    const erin = makeMe();
    sessionStore.start(makeSession(admin));
    mockApi({
      'GET /api/v1/teams': () => json({ items: [], page: 0, size: 200, total: 0 }),
      'POST /api/v1/auth/login': () =>
        json({
          accessToken: 't2',
          tokenType: 'Bearer',
          expiresAt: makeSession().expiresAt,
          person: erin,
        }),
      'GET /api/v1/me': () => json(erin),
    });
    const { router } = renderApp('/admin/teams');
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Admin' });

    await user.click(screen.getByRole('button', { name: /Account menu/ }));
    await user.click(screen.getByRole('button', { name: 'Log out' }));
    await user.type(await screen.findByLabelText('Email'), erin.email);
    await user.type(screen.getByLabelText('Password'), 'cairn-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByRole('heading', { name: /Erin/ });
    expect(router.state.location.pathname).toBe('/');
  });
});
