import { useEffect, useState } from 'react';

/**
 * The current time in milliseconds, kept fresh: it ticks every `everyMs`, and exactly at `until`
 * when that moment is close, so a screen changes when a time is reached (e.g. a meeting starts).
 */
export function useNow(everyMs = 60_000, until?: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const wait = until !== undefined && until > now ? Math.min(everyMs, until - now + 50) : everyMs;
    const timer = window.setTimeout(() => setNow(Date.now()), wait);
    return () => window.clearTimeout(timer);
  }, [now, everyMs, until]);
  return now;
}
