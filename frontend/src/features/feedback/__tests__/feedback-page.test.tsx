import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FeedbackPage } from '@/features/feedback/components/feedback-page';
import { makeAdmin, makeMe, page } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

const hidden = {
  id: 'f1',
  giver: { id: 'hana', name: 'Hana Suzuki' },
  recipient: { id: 'erin', name: 'Erin Walsh' },
  visibility: 'PRIVATE',
  praise: false,
  createdAt: '2026-11-20T10:00:00Z',
  contentVisible: false,
  values: [],
  reactions: [],
};

describe('feedback page', () => {
  it('shows admins that private feedback exists, without its text', async () => {
    const { requests } = mockApi({
      'GET /api/v1/me': () => json(makeAdmin()),
      'GET /api/v1/feedback': () => json(page([hidden])),
    });
    renderWithProviders(<FeedbackPage />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('tab', { name: 'Everyone' }, { timeout: 5000 }));
    expect(await screen.findByText(/Only its giver, recipient/)).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Feedback for Erin Walsh' })).toBeInTheDocument();
    const all = requests.find((r) => new URL(r.url).searchParams.get('scope') === 'all');
    expect(all).toBeDefined();
  }, 20_000);

  it('offers the whole organization’s feedback to admins only', async () => {
    mockApi({
      'GET /api/v1/me': () => json(makeMe()),
      'GET /api/v1/feedback': () => json(page([])),
    });
    renderWithProviders(<FeedbackPage />);
    expect(await screen.findByRole('tab', { name: 'Received' }, { timeout: 5000 })).toBeVisible();
    expect(screen.queryByRole('tab', { name: 'Everyone' })).not.toBeInTheDocument();
  }, 20_000);
});
