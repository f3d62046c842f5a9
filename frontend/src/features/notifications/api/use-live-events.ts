import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { sessionStore } from '@/lib/session';

/** What each live topic makes stale: the SPA refetches it through the API. */
const TOPICS: Record<string, string[][]> = {
  notifications: [['notifications'], ['tasks']],
  tasks: [['tasks']],
};

/** Reads `event:` names out of a text/event-stream chunk stream. */
export function parseEventNames(buffer: string): { names: string[]; rest: string } {
  const blocks = buffer.split('\n\n');
  const rest = blocks.pop() ?? '';
  const names = blocks
    .map((block) => block.split('\n').find((line) => line.startsWith('event:')))
    .filter((line): line is string => line !== undefined)
    .map((line) => line.slice(6).trim());
  return { names, rest };
}

/**
 * Keeps a live stream (`GET /api/v1/events`) open while signed in and refetches what it names. The
 * stream is read with fetch so the access token travels in the Authorization header, never in a URL;
 * after a drop it reconnects (with back-off) and refetches everything it covers.
 */
export function useLiveEvents(enabled: boolean) {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof ReadableStream === 'undefined' || typeof TextDecoder === 'undefined') {
      return;
    }
    const controller = new AbortController();
    let delay = 1000;
    const refresh = (topic: string) =>
      (TOPICS[topic] ?? []).forEach((queryKey) => client.invalidateQueries({ queryKey }));

    async function connect(): Promise<void> {
      if (sessionStore.needsRefresh()) await sessionStore.refresh();
      const token = sessionStore.getAccessToken();
      if (!token) return;
      const response = await fetch('/api/v1/events', {
        headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
        signal: controller.signal,
      });
      if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const parsed = parseEventNames(buffer + value.replace(/\r/g, ''));
        buffer = parsed.rest;
        for (const name of parsed.names) {
          if (name === 'ready') {
            delay = 1000;
            refresh('notifications');
          } else {
            refresh(name);
          }
        }
      }
    }

    async function loop() {
      while (!controller.signal.aborted) {
        try {
          await connect();
        } catch {
          // dropped, refused or aborted: wait and reconnect
        }
        if (controller.signal.aborted) return;
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, 30_000);
      }
    }
    void loop();
    return () => controller.abort();
  }, [client, enabled]);
}
