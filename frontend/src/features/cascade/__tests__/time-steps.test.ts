import { afterEach, describe, expect, it } from 'vitest';
import { timeSteps } from '@/features/cascade/utils/time-steps';
import { sessionStore } from '@/lib/session';
import { makeMe, makeSession } from '@/testing/fixtures';

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

  describe("in the viewer's zone", () => {
    afterEach(() => sessionStore.signOut());

    it('counts a day that has begun there but not in UTC', () => {
      sessionStore.start(makeSession(makeMe({ timeZone: 'Pacific/Auckland' })));
      // 11:30 UTC on 14 Oct is 00:30 on 15 Oct in Auckland: the step of the 15th is in the past.
      const steps = timeSteps('2026-10-01', '2026-12-31', new Date('2026-10-14T11:30:00Z'));
      expect(steps.map((s) => s.asOf)).toEqual(['2026-10-01', '2026-10-08', undefined]);
      const later = timeSteps('2026-10-01', '2026-12-31', new Date('2026-10-15T11:30:00Z'));
      expect(later.map((s) => s.asOf)).toEqual([
        '2026-10-01',
        '2026-10-08',
        '2026-10-15',
        undefined,
      ]);
    });

    it('ends a period by the day there', () => {
      sessionStore.start(makeSession(makeMe({ timeZone: 'America/Los_Angeles' })));
      // 03:00 UTC on 21 Jul is still the 20th in Los Angeles: the period has not ended yet.
      const steps = timeSteps('2026-07-01', '2026-07-20', new Date('2026-07-21T03:00:00Z'));
      expect(steps.at(-1)!.label).toBe('Now');
    });
  });
});
