import { addDays, formatDate, todayIso } from '@/lib/format-date';

/** A point of the time slider: a past day (shown as of its end) or "now". */
export type TimeStep = { asOf: string | undefined; label: string };

/** A calendar day ("2026-10-15") as "15 Oct 2026". */
export function formatDay(day: string): string {
  return formatDate(day);
}

/**
 * Weekly steps from the period's start up to today in the viewer's zone (or the period's end, when
 * it is over), then "now". A period that has not started yet has only "now".
 */
export function timeSteps(
  startDate: string,
  endDate: string,
  today: Date = new Date(),
): TimeStep[] {
  const todayDay = todayIso(undefined, today);
  const last = endDate < todayDay ? endDate : todayDay;
  const steps: TimeStep[] = [];
  for (let day = startDate; day < last; day = addDays(day, 7)) {
    steps.push({ asOf: day, label: formatDay(day) });
  }
  steps.push({
    asOf: undefined,
    label: endDate < todayDay ? `Now (ended ${formatDay(endDate)})` : 'Now',
  });
  return steps;
}
