import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  endOfDay,
  describeTimeZone,
  formatDate,
  formatDateTime,
  formatRelative,
  instantToZoned,
  viewerHour,
  viewerTimeZone,
  zonedToInstant,
} from '@/lib/format-date';
import { sessionStore } from '@/lib/session';
import { makeMe, makeSession } from '@/testing/fixtures';

function signInIn(timeZone: string) {
  sessionStore.start(makeSession(makeMe({ timeZone })));
}

describe('the shared date formatter', () => {
  afterEach(() => sessionStore.signOut());

  it("shows instants in the viewer's zone from /me", () => {
    signInIn('America/New_York');
    expect(viewerTimeZone()).toBe('America/New_York');
    // 02:00 UTC on 16 Dec is still the 15th in New York
    expect(formatDate('2026-12-16T02:00:00Z')).toBe('15 Dec 2026');
    expect(formatDateTime('2026-12-16T04:59:59Z', { withZone: true })).toBe(
      '15 Dec 2026, 23:59 GMT-5',
    );
    signInIn('Europe/Berlin');
    expect(formatDateTime('2026-10-26T08:00:00Z', { weekday: true, withZone: true })).toBe(
      'Mon, 26 Oct 2026, 09:00 CET',
    );
  });

  it('shows calendar dates as that day, whatever the zone', () => {
    signInIn('Pacific/Auckland');
    expect(formatDate('2026-12-31')).toBe('31 Dec 2026');
    signInIn('America/Los_Angeles');
    expect(formatDate('2026-12-31')).toBe('31 Dec 2026');
    expect(formatDate(null)).toBe('—');
  });

  it('says how far a moment is from now', () => {
    const now = Date.parse('2026-11-26T12:00:00Z');
    expect(formatRelative('2026-11-23T12:00:00Z', now)).toBe('3 days ago');
    expect(formatRelative('2026-11-26T14:00:00Z', now)).toBe('in 2 hours');
    expect(formatRelative('2026-11-25T12:00:00Z', now)).toBe('yesterday');
    expect(formatRelative('2026-11-26T12:00:10Z', now)).toBe('now');
  });

  it("turns date and time inputs into instants in the viewer's zone, across clock changes", () => {
    signInIn('Europe/Berlin');
    expect(zonedToInstant('2026-10-19', '09:00').toISOString()).toBe('2026-10-19T07:00:00.000Z');
    expect(zonedToInstant('2026-10-26', '09:00').toISOString()).toBe('2026-10-26T08:00:00.000Z');
    // 02:30 on 29 March does not exist in Berlin: it resolves after the gap
    expect(zonedToInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(instantToZoned('2026-10-26T08:00:00Z')).toEqual({ date: '2026-10-26', time: '09:00' });
    expect(instantToZoned('2026-12-31T23:30:00Z', 'Asia/Kolkata')).toEqual({
      date: '2027-01-01',
      time: '05:00',
    });
  });

  it('names a zone as people recognise it', () => {
    expect(describeTimeZone('Europe/Berlin', new Date('2026-01-15T12:00:00Z'))).toBe(
      'Europe/Berlin (CET)',
    );
    expect(describeTimeZone('UTC', new Date('2026-01-15T12:00:00Z'))).toBe('UTC');
  });

  it('adds days to calendar dates across months, years and clock changes', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-10-20', 14)).toBe('2026-11-03');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it("tells the hour on the viewer's clock", () => {
    signInIn('Pacific/Auckland');
    expect(viewerHour(new Date('2026-12-01T20:30:00Z'))).toBe(9);
    signInIn('America/Los_Angeles');
    expect(viewerHour(new Date('2026-12-01T20:30:00Z'))).toBe(12);
  });
});

describe('the end of a day', () => {
  afterEach(() => sessionStore.signOut());

  it("is the last moment of that day on the viewer's clock", () => {
    sessionStore.start(makeSession(makeMe({ timeZone: 'Pacific/Auckland' })));
    expect(endOfDay('2026-10-15')).toBe('2026-10-15T10:59:59.999Z');
    expect(endOfDay('2026-10-15', 'America/Los_Angeles')).toBe('2026-10-16T06:59:59.999Z');
  });
});
