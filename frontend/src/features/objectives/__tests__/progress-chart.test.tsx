import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgressChart } from '@/features/objectives/components/progress-chart';

const points = [
  { at: '2026-10-01T09:00:00Z', progress: 0, health: 'ON_TRACK' as const },
  { at: '2026-10-15T09:00:00Z', progress: 20.4, health: 'ON_TRACK' as const },
  { at: '2026-11-26T09:00:00Z', progress: 75.83, health: 'AT_RISK' as const },
];

describe('progress chart', () => {
  it('describes the trend in words for people who cannot see the chart', () => {
    render(<ProgressChart points={points} />);

    const chart = screen.getByRole('img', { name: /Progress over time/ });
    expect(chart).toHaveAccessibleName(
      'Progress over time Progress went from 0% on 1 Oct 2026 to 76% on 26 Nov 2026, over 3 updates. Health now: at risk.',
    );
  });

  it('offers the data as a table', () => {
    render(<ProgressChart points={points} />);

    const table = screen.getByRole('table', { name: 'Progress over time' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[3]).toHaveTextContent('26 Nov 202676%At risk');
  });

  it('says so when there is nothing to chart', () => {
    render(<ProgressChart points={[]} />);
    expect(screen.getByText('No progress recorded yet.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
