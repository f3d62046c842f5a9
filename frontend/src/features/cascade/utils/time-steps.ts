import { formatDate } from '@/lib/format-date';

/** A point of the time slider: a past day (shown as of its end) or "now". */
export type TimeStep = { asOf: string | undefined; label: string };

const DAY_MS = 24 * 60 * 60 * 1000;

function parseDay(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A calendar day ("2026-10-15") as "15 Oct 2026". */
export function formatDay(day: string): string {
  return formatDate(day);
}

/**
 * Weekly steps from the period's start up to today (or the period's end, when it is over),
 * then "now". A period that has not started yet has only "now".
 */
export function timeSteps(
  startDate: string,
  endDate: string,
  today: Date = new Date(),
): TimeStep[] {
  const todayDay = toDay(today.getTime());
  const last = endDate < todayDay ? endDate : todayDay;
  const steps: TimeStep[] = [];
  for (let ms = parseDay(startDate); toDay(ms) < last; ms += 7 * DAY_MS) {
    const day = toDay(ms);
    steps.push({ asOf: day, label: formatDay(day) });
  }
  steps.push({
    asOf: undefined,
    label: endDate < todayDay ? `Now (ended ${formatDay(endDate)})` : 'Now',
  });
  return steps;
}
