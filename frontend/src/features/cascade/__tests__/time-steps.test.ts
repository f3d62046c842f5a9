import { describe, expect, it } from 'vitest';
import { timeSteps } from '@/features/cascade/utils/time-steps';

describe('time steps', () => {
  it('steps weekly from the start to today, then now', () => {
    const steps = timeSteps('2026-10-01', '2026-12-31', new Date('2026-10-20T10:00:00Z'));
    expect(steps.map((s) => s.asOf)).toEqual(['2026-10-01', '2026-10-08', '2026-10-15', undefined]);
    expect(steps.at(-1)!.label).toBe('Now');
    expect(steps[2].label).toBe('15 Oct 2026');
  });

  it('stops at the end of a past period', () => {
    const steps = timeSteps('2026-07-01', '2026-07-20', new Date('2026-11-26T10:00:00Z'));
    expect(steps.map((s) => s.asOf)).toEqual(['2026-07-01', '2026-07-08', '2026-07-15', undefined]);
    expect(steps.at(-1)!.label).toBe('Now (ended 20 Jul 2026)');
  });

  it('has only "now" before the period starts', () => {
    expect(timeSteps('2027-01-01', '2027-03-31', new Date('2026-11-26T10:00:00Z'))).toHaveLength(1);
  });
});
