import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import {
  applyLiveEvent,
  type LiveEvent,
  parseEvents,
  readLiveStream,
} from '@/features/notifications/api/use-live-events';

const cascade = ['cascade', { periodId: 'q4' }];
const changed = ['objectives', 'detail', 'o1'];
const changedCheckIns = ['objectives', 'check-ins', 'o1', 20];
const unchanged = ['objectives', 'detail', 'o2'];
const list = ['objectives', 'list', { ownerId: 'me' }];
const bell = ['notifications', 'unread-count'];

function clientWith(keys: QueryKey[]) {
  const client = new QueryClient();
  keys.forEach((key) => client.setQueryData(key, {}));
  return client;
}

const stale = (client: QueryClient, key: QueryKey) => client.getQueryState(key)?.isInvalidated;

/** A text/event-stream response that sends `text` and ends, as a dropped connection would. */
function streamOf(text: string) {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
}

describe('live events', () => {
  it('reads ids, names and data out of a text/event-stream', () => {
    const { events, rest } = parseEvents(
      'id: 1\nevent: ready\ndata: {}\n\n: comment\nevent: ping\ndata: {}\n\nid: 3\nev',
    );
    expect(events).toEqual([
      { id: '1', name: 'ready', data: '{}' },
      { name: 'ping', data: '{}' },
    ]);
    expect(rest).toBe('id: 3\nev');
  });

  it('refetches the changed objectives, the lists and the cascade on objective.progress', () => {
    const client = clientWith([cascade, changed, changedCheckIns, unchanged, list, bell]);
    applyLiveEvent(client, {
      id: '42',
      name: 'objective.progress',
      data: JSON.stringify({
        topic: 'objective.progress',
        objectives: [{ id: 'o1', progress: 40, health: 'AT_RISK', status: 'ACTIVE' }],
      }),
    });
    expect(stale(client, changed)).toBe(true);
    expect(stale(client, changedCheckIns)).toBe(true);
    expect(stale(client, list)).toBe(true);
    expect(stale(client, cascade)).toBe(true);
    expect(stale(client, unchanged)).toBe(false);
    expect(stale(client, bell)).toBe(false);
  });

  it('refetches everything live on resync', () => {
    const client = clientWith([cascade, changed, unchanged, list, bell, ['tasks']]);
    applyLiveEvent(client, { name: 'resync', data: '{"topic":"resync"}' });
    for (const key of [cascade, changed, unchanged, list, bell, ['tasks']]) {
      expect(stale(client, key)).toBe(true);
    }
  });

  it('reconnects with the id of the last event it received', async () => {
    const streams = [
      'id: 7\nevent: ready\ndata: {}\n\nid: 9\nevent: objective.progress\ndata: {"objectives":[]}\n\n',
      'event: resync\ndata: {}\n\nid: 12\nevent: ready\ndata: {}\n\n',
    ];
    // fetch stubbed by hand: the stream's abort signal comes from jsdom, which Node's Request refuses
    const headers: Headers[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        headers.push(new Headers(init.headers));
        return Promise.resolve(streamOf(streams[headers.length - 1] ?? ''));
      }),
    );
    const controller = new AbortController();
    const received: LiveEvent[] = [];
    let waits = 0;
    await readLiveStream({
      signal: controller.signal,
      token: () => Promise.resolve('token'),
      onEvent: (event) => {
        received.push(event);
        if (event.id === '12') controller.abort();
      },
      sleep: () => {
        if (++waits > 5) controller.abort();
        return Promise.resolve();
      },
    });
    expect(headers).toHaveLength(2);
    expect(headers[0].get('Last-Event-ID')).toBeNull();
    expect(headers[0].get('Authorization')).toBe('Bearer token');
    expect(headers[1].get('Last-Event-ID')).toBe('9');
    expect(received.map((event) => event.name)).toEqual([
      'ready',
      'objective.progress',
      'resync',
      'ready',
    ]);
  });
});
