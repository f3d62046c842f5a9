import { useEffect } from 'react';
import { type QueryClient, type QueryKey, useQueryClient } from '@tanstack/react-query';
import { sessionStore } from '@/lib/session';

/** One Server-Sent Event of `GET /api/v1/events`. */
export type LiveEvent = { id?: string; name: string; data: string };

/** Reads the events out of a text/event-stream buffer; `rest` is the unfinished tail. */
export function parseEvents(buffer: string): { events: LiveEvent[]; rest: string } {
  const blocks = buffer.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: LiveEvent[] = [];
  for (const block of blocks) {
    const event: LiveEvent = { name: '', data: '' };
    const data: string[] = [];
    for (const line of block.split('\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) continue; // a comment, or a field without value
      const field = line.slice(0, colon);
      const value = line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') event.id = value;
      else if (field === 'event') event.name = value;
      else if (field === 'data') data.push(value);
    }
    if (event.name) events.push({ ...event, data: data.join('\n') });
  }
  return { events, rest };
}

/** Everything the stream covers: refetched on `resync`. */
const LIVE: QueryKey[] = [
  ['notifications'],
  ['tasks'],
  ['objectives'],
  ['cascade'],
  ['people', 'reports'],
];

/** What the person's own topics make stale (`ready`: whatever changed before the stream opened). */
const TOPICS: Record<string, QueryKey[]> = {
  ready: [['notifications'], ['tasks']],
  notifications: [['notifications'], ['tasks']],
  tasks: [['tasks']],
};

function objectiveIds(data: string): Set<string> {
  try {
    const parsed = JSON.parse(data) as { objectives?: { id?: unknown }[] };
    return new Set(
      (parsed.objectives ?? [])
        .map((objective) => objective.id)
        .filter((id): id is string => typeof id === 'string'),
    );
  } catch {
    return new Set();
  }
}

/**
 * Refetches what a live event says changed (events carry no content the SPA shows: it reads it again
 * through the API). `objective.progress`: the changed objectives (page, check-ins, chart), every
 * objective list, the cascade and the reports' objectives.
 */
export function applyLiveEvent(client: QueryClient, event: LiveEvent) {
  if (event.name === 'resync') {
    LIVE.forEach((queryKey) => void client.invalidateQueries({ queryKey }));
  } else if (event.name === 'objective.progress') {
    const ids = objectiveIds(event.data);
    if (ids.size === 0) return;
    void client.invalidateQueries({
      predicate: ({ queryKey }) =>
        queryKey[0] === 'objectives' &&
        (queryKey[1] === 'list' ||
          queryKey.some((part) => typeof part === 'string' && ids.has(part))),
    });
    void client.invalidateQueries({ queryKey: ['cascade'] });
    void client.invalidateQueries({ queryKey: ['people', 'reports'] });
  } else {
    (TOPICS[event.name] ?? []).forEach((queryKey) => void client.invalidateQueries({ queryKey }));
  }
}

export type LiveStreamOptions = {
  signal: AbortSignal;
  /** The access token for the next connection; null stops. */
  token: () => Promise<string | null>;
  onEvent: (event: LiveEvent) => void;
  /** Waits before a reconnect (tests pass one that does not). */
  sleep?: (ms: number) => Promise<void>;
};

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Keeps `GET /api/v1/events` open until `signal` aborts, reconnecting with back-off. It is read with
 * fetch so the access token travels in the Authorization header, never in a URL; as fetch does not
 * reconnect the way EventSource does, it sends `Last-Event-ID` itself: the server replays what was
 * missed, or sends `resync`. A reconnect before any event id is taken as a resync.
 */
export async function readLiveStream({ signal, token, onEvent, sleep = wait }: LiveStreamOptions) {
  let lastEventId: string | undefined;
  let opened = false;
  let delay = 1000;
  while (!signal.aborted) {
    try {
      const bearer = await token();
      if (!bearer) return;
      const headers: Record<string, string> = {
        Authorization: `Bearer ${bearer}`,
        Accept: 'text/event-stream',
      };
      if (lastEventId) headers['Last-Event-ID'] = lastEventId;
      const response = await fetch('/api/v1/events', { headers, signal });
      if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
      if (opened && !lastEventId) onEvent({ name: 'resync', data: '' });
      opened = true;
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const parsed = parseEvents(
          buffer + decoder.decode(value, { stream: true }).replace(/\r/g, ''),
        );
        buffer = parsed.rest;
        for (const event of parsed.events) {
          if (event.id) lastEventId = event.id;
          if (event.name === 'ready') delay = 1000;
          onEvent(event);
        }
      }
    } catch {
      // dropped, refused or aborted: wait and reconnect
    }
    if (signal.aborted) return;
    await sleep(delay);
    delay = Math.min(delay * 2, 30_000);
  }
}

/** Keeps the live stream open while signed in and refetches what its events name. */
export function useLiveEvents(enabled: boolean) {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof ReadableStream === 'undefined' || typeof TextDecoder === 'undefined') {
      return;
    }
    const controller = new AbortController();
    void readLiveStream({
      signal: controller.signal,
      token: async () => {
        if (sessionStore.needsRefresh()) await sessionStore.refresh();
        return sessionStore.getAccessToken();
      },
      onEvent: (event) => applyLiveEvent(client, event),
    });
    return () => controller.abort();
  }, [client, enabled]);
}
