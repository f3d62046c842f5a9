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

    await screen.findByRole('heading', { name: /Erin/ });
    expect(requests[0].headers.get('Authorization')).toBe(`Bearer ${session.accessToken}`);
  });

  it('clears the token and redirects to login when the API answers 401', async () => {
    sessionStore.start(makeSession());
    mockApi({ 'GET /api/v1/me': () => problem(401, { detail: 'Token expired' }) });

    const { router } = renderApp('/');

    expect(await screen.findByText(EXPIRED)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?expired=1');
    expect(localStorage.getItem('cairn.session')).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('treats a stored token past its expiresAt as expired', async () => {
    localStorage.setItem('cairn.session', JSON.stringify(makeSession(makeMe(), -1000)));
    sessionStore.reload();
    const { fetchMock } = mockApi({});

    renderApp('/people');

    expect(await screen.findByText(EXPIRED)).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('logs out from the user menu without the expiry message', async () => {
    const me = makeMe();
    sessionStore.start(makeSession(me));
    mockApi({ 'GET /api/v1/me': () => json(me) });
    const { router } = renderApp('/');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /Account menu/ }));
    await user.click(screen.getByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(screen.queryByText(EXPIRED)).not.toBeInTheDocument();
    expect(localStorage.getItem('cairn.session')).toBeNull();
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
