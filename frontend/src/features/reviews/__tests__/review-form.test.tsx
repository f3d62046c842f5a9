import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReviewForm } from '@/features/reviews/components/review-form';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';
import { makeReview } from './review-fixtures';

const notStarted = {
  reviewId: 'review-1',
  role: 'SELF',
  status: 'NOT_STARTED',
  answers: [],
  version: 0,
};

describe('review form', () => {
  it('lists the missing answers instead of submitting', async () => {
    const { requests } = mockApi({
      'GET /api/v1/reviews/:id/responses/:role': () => json(notStarted),
    });
    renderWithProviders(<ReviewForm review={makeReview()} role="SELF" />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Submit self review' }));

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Answer these before submitting');
    expect(alert).toHaveTextContent('Collaboration');
    expect(alert).toHaveTextContent('Highlights');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('saves a draft as you answer, with labels for each scale point', async () => {
    const { requests } = mockApi({
      'GET /api/v1/reviews/:id/responses/:role': () => json(notStarted),
      'PUT /api/v1/reviews/:id/responses/:role': ({ body }) =>
        json({ ...notStarted, status: 'DRAFT', answers: (body as { answers: unknown[] }).answers }),
    });
    renderWithProviders(<ReviewForm review={makeReview()} role="SELF" />);
    const user = userEvent.setup();

    const group = await screen.findByRole('radiogroup', { name: 'Collaboration' });
    await user.click(screen.getByRole('radio', { name: /3\s*Meets expectations/ }));
    expect(group).toBeInTheDocument();

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Draft saved'), {
      timeout: 3000,
    });
    const put = requests.find((r) => r.method === 'PUT');
    expect(await put?.json()).toEqual({ answers: [{ questionId: 'q-collab', rating: 3 }] });
  });

  it('asks before submitting, saying what happens, and submits only once confirmed', async () => {
    const answered = {
      ...notStarted,
      status: 'DRAFT',
      answers: [
        { questionId: 'q-collab', rating: 4 },
        { questionId: 'q-notes', text: 'Shipped it' },
      ],
      version: 2,
    };
    const { requests } = mockApi({
      'GET /api/v1/reviews/:id/responses/:role': () => json(answered),
      'PUT /api/v1/reviews/:id/responses/:role': () => json({ ...answered, version: 3 }),
      'POST /api/v1/reviews/:id/responses/:role/submit': () =>
        json({ ...answered, status: 'SUBMITTED', version: 4 }),
    });
    renderWithProviders(<ReviewForm review={makeReview()} role="SELF" />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Submit self review' }));
    const dialog = screen.getByRole('dialog', { name: 'Submit your self review?' });
    expect(dialog).toHaveTextContent('you can no longer change them');
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(requests.some((r) => r.url.endsWith('/submit'))).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Submit self review' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Submit self review' }),
    );
    await waitFor(() => expect(requests.some((r) => r.url.endsWith('/submit'))).toBe(true));
  });
});
