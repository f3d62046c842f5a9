import { useMemo, useState } from 'react';
import { timeSteps, type TimeStep } from '@/features/cascade/utils/time-steps';
import { useDebouncedValue } from '@/lib/use-debounced-value';

type Period = { id: string; startDate: string; endDate: string };

/**
 * The time slider's state: weekly steps over the period, the one chosen (the last, "now", by
 * default) and the `asOf` to ask the API for, debounced so dragging does not flood it.
 */
export function useTimeTravel(period: Period | undefined, delayMs = 300) {
  // The choice belongs to one period; another period starts at "now" again.
  const [choice, setChoice] = useState<{ periodId: string; index: number } | null>(null);
  const steps: TimeStep[] = useMemo(
    () => (period ? timeSteps(period.startDate, period.endDate) : []),
    [period],
  );
  const last = Math.max(steps.length - 1, 0);
  const index =
    choice && period && choice.periodId === period.id ? Math.min(choice.index, last) : last;
  const asOf = steps[index]?.asOf;
  const debouncedAsOf = useDebouncedValue(asOf, delayMs);

  return {
    steps,
    index,
    step: steps[index],
    /** What the slider shows right away. */
    asOf,
    /** What to fetch: the slider's value once it has rested. */
    requestedAsOf: asOf === undefined ? undefined : debouncedAsOf,
    setIndex: (next: number) => period && setChoice({ periodId: period.id, index: next }),
  };
}
