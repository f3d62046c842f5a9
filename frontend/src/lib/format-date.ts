import { sessionStore } from '@/lib/session';

/**
 * The one way the SPA shows dates and times: British English ("31 Dec 2026, 09:00"), in the
 * viewer's time zone — their own or their organization's, as `GET /me` says — so that every screen
 * agrees with the calendars the server computes. Calendar dates (`2026-12-31`, a period's end, a due
 * date) are days, not moments: they are shown as that day, never shifted by a zone.
 */
const LOCALE = 'en-GB';

type DateInput = string | number | Date;

const formats = new Map<string, Intl.DateTimeFormat>();

function format(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE, options);
    formats.set(key, formatter);
  }
  return formatter;
}

/** The viewer's IANA time zone: from their session, else the browser's. */
export function viewerTimeZone(): string {
  return (
    sessionStore.getState().session?.person.timeZone ??
    Intl.DateTimeFormat().resolvedOptions().timeZone ??
    'UTC'
  );
}

function isCalendarDate(value: DateInput): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function toDate(value: DateInput): Date {
  if (isCalendarDate(value)) return new Date(`${value}T00:00:00Z`);
  return value instanceof Date ? value : new Date(value);
}

type ZoneOptions = {
  /** Show it in this zone instead of the viewer's. */
  timeZone?: string;
};

/** "31 Dec 2026": a calendar date as that day, an instant as its day in the viewer's zone. */
export function formatDate(value: DateInput | null | undefined, options: ZoneOptions = {}): string {
  if (value === null || value === undefined || value === '') return '—';
  const timeZone = isCalendarDate(value) ? 'UTC' : (options.timeZone ?? viewerTimeZone());
  return format({ dateStyle: 'medium', timeZone }).format(toDate(value));
}

/** "1 Oct": a short day without the year (charts, recent activity). */
export function formatDay(value: DateInput, options: ZoneOptions = {}): string {
  const timeZone = isCalendarDate(value) ? 'UTC' : (options.timeZone ?? viewerTimeZone());
  return format({ day: 'numeric', month: 'short', timeZone }).format(toDate(value));
}

type DateTimeOptions = ZoneOptions & {
  /** Add the weekday: "Tue, 2 Dec 2026, 10:00". */
  weekday?: boolean;
  /** Name the zone after the time, where it matters (sessions, deadlines): "…, 23:59 CET". */
  withZone?: boolean;
};

/** "31 Dec 2026, 09:00" in the viewer's zone. */
export function formatDateTime(
  value: DateInput | null | undefined,
  options: DateTimeOptions = {},
): string {
  if (value === null || value === undefined || value === '') return '—';
  const timeZone = options.timeZone ?? viewerTimeZone();
  const text = format({
    weekday: options.weekday ? 'short' : undefined,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(toDate(value));
  return options.withZone ? `${text} ${zoneAbbreviation(toDate(value), timeZone)}` : text;
}

/** "09:00" in the viewer's zone. */
export function formatTime(value: DateInput, options: ZoneOptions = {}): string {
  return format({
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: options.timeZone ?? viewerTimeZone(),
  }).format(toDate(value));
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });

/** "3 days ago", "in 2 hours", "now": how far an instant is from `now`. */
export function formatRelative(value: DateInput, now: number = Date.now()): string {
  const seconds = Math.round((toDate(value).getTime() - now) / 1000);
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit);
  }
  return relative.format(0, 'second');
}

/** The zone's short name at that moment ("CET", "GMT+5:30"), or the IANA name when it has none. */
export function zoneAbbreviation(at: Date, timeZone: string = viewerTimeZone()): string {
  const part = format({ timeZoneName: 'short', timeZone })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** "Europe/Berlin (CET)": a zone as a person recognises it, for labels. */
export function describeTimeZone(
  timeZone: string = viewerTimeZone(),
  at: Date = new Date(),
): string {
  const short = zoneAbbreviation(at, timeZone);
  return short === timeZone ? timeZone : `${timeZone} (${short})`;
}

/** How far the zone's wall clock is ahead of UTC at `at`, in milliseconds. */
function zoneOffset(at: number, timeZone: string): number {
  const parts = Object.fromEntries(
    format({
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZone,
    })
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * The moment a wall-clock date and time ("2026-10-19", "09:00") names in a zone (the viewer's by
 * default), for date and time inputs. A time skipped by a clock change resolves after it.
 */
export function zonedToInstant(date: string, time: string, timeZone = viewerTimeZone()): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, h, min);
  let instant = wall - zoneOffset(wall, timeZone);
  const corrected = wall - zoneOffset(instant, timeZone);
  if (corrected !== instant) instant = Math.max(instant, corrected);
  return new Date(instant);
}

/** The wall-clock date ("2026-10-19") and time ("09:00") of an instant in a zone (the viewer's by default). */
export function instantToZoned(
  value: DateInput,
  timeZone = viewerTimeZone(),
): { date: string; time: string } {
  const at = toDate(value).getTime();
  const wall = new Date(at + zoneOffset(at, timeZone)).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

/** Today as "2026-12-31" in the viewer's zone (or `timeZone`), for comparing calendar dates. */
export function todayIso(timeZone: string = viewerTimeZone(), now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The calendar day `days` after `day` ("2026-12-31" + 1 = "2027-01-01"); no zone is involved. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The hour (0–23) on the viewer's wall clock at `now`. */
export function viewerHour(now: Date = new Date(), timeZone: string = viewerTimeZone()): number {
  return Number(instantToZoned(now, timeZone).time.slice(0, 2));
}

/** The last moment of a calendar day on the viewer's wall clock (or in `timeZone`), as an ISO instant. */
export function endOfDay(day: string, timeZone: string = viewerTimeZone()): string {
  return new Date(zonedToInstant(addDays(day, 1), '00:00', timeZone).getTime() - 1).toISOString();
}
