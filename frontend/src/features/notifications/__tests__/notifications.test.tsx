import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { NotificationsPage } from '@/features/notifications/components/notifications-page';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

const unread = {
  id: 'n1',
  kind: 'REVIEW_SHARED',
  title: 'Mia Manager shared your review for Q4: read it and sign off',
  link: '/reviews/r1',
  subjectId: 'r1',
  actor: { id: 'p1', name: 'Mia Manager' },
  createdAt: '2026-11-30T10:00:00Z',
  readAt: null,
};

describe('notifications', () => {
  it('shows the unread count on the bell', async () => {
    mockApi({ 'GET /api/v1/notifications/unread-count': () => json({ unread: 3 }) });
    renderWithProviders(<NotificationBell />);
    expect(await screen.findByRole('link', { name: 'Notifications, 3 unread' })).toHaveAttribute(
      'href',
      '/notifications',
    );
  });

  it('lists notifications and marks one read', async () => {
    let marked = '';
    mockApi({
      'GET /api/v1/notifications': () => json({ items: [unread], page: 0, size: 20, total: 1 }),
      'POST /api/v1/notifications/:id/read': ({ params }) => {
        marked = String(params.id);
        return new Response(null, { status: 204 });
      },
      'POST /api/v1/notifications/read-all': () => new Response(null, { status: 204 }),
    });
    renderWithProviders(<NotificationsPage />);
    const list = await screen.findByRole('list', { name: 'Notifications' });
    expect(within(list).getByRole('link', { name: /shared your review/ })).toHaveAttribute(
      'href',
      '/reviews/r1',
    );
    await userEvent.click(screen.getByRole('button', { name: /Mark read: Mia Manager/ }));
    await expect.poll(() => marked).toBe('n1');
  });
});
