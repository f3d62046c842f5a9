import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '@/lib/problem';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'conflict' | 'error';

export type Versioned = { body: string; version?: number | null };

type AutosaveOptions = {
  /** What the server has now; a newer version replaces the text while nothing is unsaved. */
  server: Versioned;
  save: (body: string, version: number | null | undefined) => Promise<Versioned>;
  delayMs?: number;
};

/** Statuses in which the text on screen is not (yet) what the server has. */
export const UNSAVED: readonly AutosaveStatus[] = ['pending', 'saving', 'conflict', 'error'];

/**
 * Text that saves itself: each change waits `delayMs` of quiet, then saves with the version it
 * was based on. A 409 (someone else saved first) keeps the typed text and reports `conflict`;
 * `resolve` then keeps this text over theirs or takes theirs. Unmounting saves what is pending.
 */
export function useAutosave({ server, save, delayMs = 800 }: AutosaveOptions) {
  const [body, setBodyState] = useState(server.body);
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [error, setError] = useState<unknown>(null);
  const [seenVersion, setSeenVersion] = useState(server.version);
  const live = useRef({ body: server.body, saved: server.body, version: server.version });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // Someone else saved (seen on a refetch) while nothing is unsaved here: show their text.
  if (server.version !== seenVersion) {
    setSeenVersion(server.version);
    if (!UNSAVED.includes(status) && (server.version ?? 0) > (seenVersion ?? 0)) {
      setBodyState(server.body);
    }
  }
  useEffect(() => {
    if (UNSAVED.includes(status) || inFlight.current) return;
    if ((server.version ?? 0) > (live.current.version ?? 0)) {
      live.current = { body: server.body, saved: server.body, version: server.version };
    }
  }, [server.body, server.version, status]);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current || live.current.body === live.current.saved) return;
    inFlight.current = true;
    try {
      // Keep saving while the text changed during the previous save.
      while (live.current.body !== live.current.saved) {
        setStatus('saving');
        const text = live.current.body;
        const result = await saveRef.current(text, live.current.version);
        live.current = { ...live.current, saved: text, version: result.version };
      }
      setError(null);
      setStatus('saved');
    } catch (failure) {
      setError(failure);
      setStatus(isApiError(failure) && failure.status === 409 ? 'conflict' : 'error');
    } finally {
      inFlight.current = false;
    }
  }, []);

  const setBody = useCallback(
    (text: string) => {
      setBodyState(text);
      live.current = { ...live.current, body: text };
      setStatus((current) => (current === 'conflict' ? current : 'pending'));
      clearTimeout(timer.current);
      if (status !== 'conflict') timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush, status],
  );

  /** After a conflict: keep this text over `latest` (theirs), or take theirs. */
  const resolve = useCallback(
    (latest: Versioned, keep: 'mine' | 'theirs') => {
      if (keep === 'theirs') {
        live.current = { body: latest.body, saved: latest.body, version: latest.version };
        setBodyState(latest.body);
        setStatus('saved');
        return Promise.resolve();
      }
      live.current = { ...live.current, saved: latest.body, version: latest.version };
      return flush();
    },
    [flush],
  );

  // Leaving the page in the app saves what is pending; closing the tab asks first.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (live.current.body !== live.current.saved) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      if (!inFlight.current && live.current.body !== live.current.saved) void flush();
    };
  }, [flush]);

  return { body, setBody, status, error, resolve, flush };
}
