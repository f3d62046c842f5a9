import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { formatDate } from '@/lib/format-date';

export type LinkOption = { value: string; label: string };

/**
 * What a giver may link feedback about `recipientId` to, as the server checks it
 * (docs/feedback.md): the recipient's objectives the caller sees, 1:1s between the two of them,
 * and the review cycles the caller sees.
 */
export async function getObjectiveLinks(recipientId: string): Promise<LinkOption[]> {
  const page = await unwrap(
    api.GET('/api/v1/objectives', {
      params: { query: { ownerId: recipientId, size: 100, sort: '-createdAt' } },
    }),
  );
  return page.items.map((o) => ({ value: o.id, label: `${o.title} · ${o.period.name}` }));
}

export async function getSessionLinks(meId: string, recipientId: string): Promise<LinkOption[]> {
  const page = await unwrap(
    api.GET('/api/v1/sessions', {
      params: { query: { participantId: recipientId, size: 50, sort: '-startsAt' } },
    }),
  );
  // Admins list everyone's sessions: only those the caller took part in may be linked.
  return page.items
    .filter((s) => s.participants.some((p) => p.id === meId))
    .map((s) => ({ value: s.id, label: `${s.title ?? '1:1'} · ${formatDate(s.startsAt)}` }));
}

export async function getCycleLinks(canListCycles: boolean): Promise<LinkOption[]> {
  if (canListCycles) {
    const page = await unwrap(
      api.GET('/api/v1/review-cycles', { params: { query: { size: 100 } } }),
    );
    // A draft cycle is no one's review yet: nothing to give feedback for.
    return page.items
      .filter((c) => c.state !== 'DRAFT')
      .map((c) => ({ value: c.id, label: c.name }));
  }
  // Everyone else sees the cycles of the reviews they take part in.
  const pages = await Promise.all(
    (['mine', 'to-write'] as const).map((scope) =>
      unwrap(api.GET('/api/v1/reviews', { params: { query: { scope, size: 100 } } })),
    ),
  );
  const cycles = new Map<string, string>();
  pages.flatMap((p) => p.items).forEach((r) => cycles.set(r.cycle.id, r.cycle.name));
  return [...cycles].map(([value, label]) => ({ value, label }));
}

export function useObjectiveLinks(recipientId: string) {
  return useQuery(
    queryOptions({
      queryKey: ['feedback', 'links', 'objectives', recipientId],
      queryFn: () => getObjectiveLinks(recipientId),
      enabled: recipientId !== '',
    }),
  );
}

export function useSessionLinks(meId: string, recipientId: string) {
  return useQuery(
    queryOptions({
      queryKey: ['feedback', 'links', 'sessions', meId, recipientId],
      queryFn: () => getSessionLinks(meId, recipientId),
      enabled: recipientId !== '',
    }),
  );
}

export function useCycleLinks(canListCycles: boolean, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: ['feedback', 'links', 'cycles', canListCycles],
      queryFn: () => getCycleLinks(canListCycles),
      enabled,
    }),
  );
}
