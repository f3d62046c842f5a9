import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wizardDefaults } from '@/features/reviews/components/cycle-wizard/wizard-schema';
import { sessionStore } from '@/lib/session';
import { makeMe, makeSession } from '@/testing/fixtures';

const realResolvedOptions = Intl.DateTimeFormat.prototype.resolvedOptions;

/** The zone the browser reports (Intl's default), as a browser in that zone would. */
function browserZone(timeZone: string) {
  vi.restoreAllMocks();
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (
    this: Intl.DateTimeFormat,
  ) {
    return { ...realResolvedOptions.call(this), timeZone };
  });
}

describe('the cycle wizard default deadlines', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 20:30 UTC on 1 December is already 09:30 on 2 December in Auckland.
    vi.setSystemTime(new Date('2026-12-01T20:30:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    sessionStore.signOut();
  });

  it("count from today in the viewer's zone from /me, not from UTC's day", () => {
    sessionStore.start(makeSession(makeMe({ timeZone: 'Pacific/Auckland' })));
    const defaults = wizardDefaults();
    expect(defaults.nominationsDue).toBe('2026-12-09');
    expect(defaults.selfReviewDue).toBe('2026-12-16');
    expect(defaults.signOffDue).toBe('2027-01-06');
  });

  it("count from the browser's today when the person has no zone", () => {
    sessionStore.signOut();
    browserZone('Pacific/Auckland');
    expect(wizardDefaults().selfReviewDue).toBe('2026-12-16');
    browserZone('America/Los_Angeles');
    expect(wizardDefaults().selfReviewDue).toBe('2026-12-15');
  });
});
