import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, visibleNavItems } from '@/app/navigation';
import { sessionStore } from '@/lib/session';
import { makeAdmin, makeMe, makeSession, page } from '@/testing/fixtures';
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
    mockApi({ 'GET /api/v1/me': () => json(me), 'GET /api/v1/objectives': () => json(page([])) });

    renderApp('/');

    await screen.findByRole('heading', { name: /Erin/ });
    expect(mainNavLinks()).toEqual([
      'Home',
      'Objectives',
      'Cascade',
      '1:1s',
      'Reviews',
      'Feedback',
      'Praise',
      'People',
      'Reports',
    ]);
  });

  it('adds Admin for administrators', async () => {
    const admin = makeAdmin();
    sessionStore.start(makeSession(admin));
    mockApi({
      'GET /api/v1/me': () => json(admin),
      'GET /api/v1/objectives': () => json(page([])),
    });

    renderApp('/');

    await screen.findByRole('heading', { name: /Alex/ });
    expect(mainNavLinks()).toEqual([
      'Home',
      'Objectives',
      'Cascade',
      '1:1s',
      'Reviews',
      'Feedback',
      'Praise',
      'People',
      'Reports',
      'Admin',
    ]);
  });

  it('keeps disabled items out for everyone', () => {
    const items = [...NAV_ITEMS, { label: 'Later', to: '/later', enabled: false }];
    const labels = visibleNavItems(items, ['ADMIN', 'EMPLOYEE']).map((item) => item.label);
    expect(labels).not.toContain('Later');
  });

  it('shows the Team objectives tab to managers only', async () => {
    const objectivesApi = {
      'GET /api/v1/objectives': () => json(page([])),
      'GET /api/v1/periods': () => json(page([])),
    };
    sessionStore.start(makeSession(makeMe()));
    mockApi(objectivesApi);
    const { unmount } = renderApp('/objectives');
    const tabs = await screen.findByRole('navigation', { name: 'Objectives sections' });
    expect(
      within(tabs)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['My objectives']);
    unmount();

    sessionStore.start(makeSession(makeMe({ reportCount: 3 })));
    renderApp('/objectives');
    const managerTabs = await screen.findByRole('navigation', { name: 'Objectives sections' });
    expect(within(managerTabs).getByRole('link', { name: 'Team objectives' })).toHaveAttribute(
      'href',
      '/objectives/team',
    );
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
