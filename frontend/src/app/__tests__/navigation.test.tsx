import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, visibleNavItems } from '@/app/navigation';
import { sessionStore } from '@/lib/session';
import { makeAdmin, makeMe, makeSession } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

function mainNavLinks() {
  const nav = screen.getByRole('navigation', { name: 'Main' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('main navigation', () => {
  it('shows only enabled features to an employee, without Admin', async () => {
    const me = makeMe();
    sessionStore.start(makeSession(me));
    mockApi({ 'GET /api/v1/me': () => json(me) });

    renderApp('/');

    await screen.findByRole('heading', { name: /Erin/ });
    expect(mainNavLinks()).toEqual(['Home', 'Reviews', 'People']);
  });

  it('adds Admin for administrators', async () => {
    const admin = makeAdmin();
    sessionStore.start(makeSession(admin));
    mockApi({ 'GET /api/v1/me': () => json(admin) });

    renderApp('/');

    await screen.findByRole('heading', { name: /Alex/ });
    expect(mainNavLinks()).toEqual(['Home', 'Reviews', 'People', 'Admin']);
  });

  it('keeps disabled items out for everyone', () => {
    const labels = visibleNavItems(NAV_ITEMS, ['ADMIN', 'EMPLOYEE']).map((item) => item.label);
    expect(labels).not.toContain('Objectives');
    expect(labels).not.toContain('Reports');
  });

  it('tells a non-admin who opens /admin that it is not for them', async () => {
    sessionStore.start(makeSession(makeMe()));
    mockApi({});

    renderApp('/admin/people');

    expect(await screen.findByText("You don't have access to this page")).toBeInTheDocument();
  });

  it('shows a not-found page for unknown routes', async () => {
    sessionStore.start(makeSession(makeMe()));
    mockApi({});

    renderApp('/no/such/page');

    expect(await screen.findByText('Page not found')).toBeInTheDocument();
  });
});
