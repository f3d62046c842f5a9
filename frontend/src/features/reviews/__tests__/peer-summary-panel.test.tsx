import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PeerSummaryPanel } from '@/features/reviews/components/peer-summary-panel';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';

describe('peer summary', () => {
  it('says "not enough responses" and shows nothing else when withheld', async () => {
    mockApi({
      'GET /api/v1/reviews/:id/summary': () =>
        json({
          reviewId: 'r',
          threshold: 3,
          groups: [
            {
              group: 'PEER',
              released: false,
              message:
                'Not enough responses: peer answers are shown once at least 3 peers have answered.',
              ratings: [],
              comments: [],
            },
          ],
        }),
    });
    renderWithProviders(<PeerSummaryPanel reviewId="r" />);
    expect(await screen.findByText(/Not enough responses/)).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });

  it('shows the distribution and the unattributed comments when released', async () => {
    mockApi({
      'GET /api/v1/reviews/:id/summary': () =>
        json({
          reviewId: 'r',
          threshold: 3,
          groups: [
            {
              group: 'PEER',
              released: true,
              message: '3 peers answered.',
              responses: 3,
              ratings: [
                {
                  questionId: 'q',
                  question: 'Collaboration',
                  released: true,
                  responses: 3,
                  average: 4.33,
                  distribution: [
                    { value: 4, label: 'Exceeds', count: 2 },
                    { value: 5, label: 'Exceptional', count: 1 },
                  ],
                },
              ],
              comments: [{ questionId: 't', question: 'Keep doing', comments: ['Great pairing'] }],
            },
          ],
        }),
    });
    renderWithProviders(<PeerSummaryPanel reviewId="r" />);
    const figure = await screen.findByRole('figure');
    expect(figure).toHaveTextContent('average 4.33');
    expect(figure).toHaveTextContent('4 · Exceeds');
    expect(screen.getByText('“Great pairing”')).toBeInTheDocument();
  });
});
