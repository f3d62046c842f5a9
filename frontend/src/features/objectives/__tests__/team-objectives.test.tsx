import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TeamObjectives } from '@/features/objectives/components/team-objectives';
import { sessionStore } from '@/lib/session';
import { makeMe, makeSession, page } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';
import { makeSummary, Q3, Q4 } from './objective-fixtures';

const DAY = 24 * 60 * 60 * 1000;
const luis = { id: 'luis', name: 'Luis Garcia' };
const hana = { id: 'hana', name: 'Hana Suzuki' };

describe('team objectives', () => {
  it('highlights trouble and lets the manager agree a proposed draft', async () => {
    const manager = makeMe({ id: 'morgan', name: 'Morgan Manager', reportCount: 2 });
    sessionStore.start(makeSession(manager));
    let draft = makeSummary({
      id: 'draft-1',
      title: 'Halve CI build times',
      owner: luis,
      status: 'DRAFT',
      proposedAt: new Date(Date.now() - DAY).toISOString(),
      lastCheckInAt: undefined,
    });
    const { requests } = mockApi({
      'GET /api/v1/periods': () => json(page([Q4, Q3])),
      'GET /api/v1/objectives': () =>
        json(
          page([
            draft,
            makeSummary({ title: 'Cut pages', owner: hana, health: 'OFF_TRACK' }),
            makeSummary({
              title: 'Quiet one',
              owner: hana,
              lastCheckInAt: new Date(Date.now() - 20 * DAY).toISOString(),
            }),
            makeSummary({ title: 'Fine one', owner: luis }),
          ]),
        ),
      'POST /api/v1/objectives/:id/approve': () => {
        draft = { ...draft, status: 'ACTIVE', proposedAt: undefined };
        return json({});
      },
    });

    renderWithProviders(<TeamObjectives />, '/objectives/team');

    const hanas = await screen.findByRole('list', { name: 'Objectives of Hana Suzuki' });
    const quiet = within(hanas).getByRole('link', { name: 'Quiet one' }).closest('li')!;
    expect(within(quiet).getByRole('list', { name: 'Needs attention' })).toHaveTextContent(
      'No check-in for 20 days',
    );
    expect(within(hanas).getByText('Off track')).toBeInTheDocument();
    const query = new URL(requests.find((r) => r.url.includes('reportsOf'))!.url).searchParams;
    expect([query.get('reportsOf'), query.get('periodId')]).toEqual(['morgan', Q4.id]);

    const waiting = screen.getByRole('list', { name: 'Drafts waiting for your agreement' });
    await userEvent.click(
      within(waiting).getByRole('button', { name: 'Agree Halve CI build times' }),
    );

    expect(
      await screen.findByText('Halve CI build times is agreed and active.'),
    ).toBeInTheDocument();
    expect(await screen.findByText('No drafts waiting')).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Objectives of Luis Garcia' })).getByRole('link', {
        name: 'Halve CI build times',
      }),
    ).toBeInTheDocument();
  });
});
