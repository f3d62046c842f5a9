import type { ResponseBody } from '@/lib/api-types';

/** The signed-in person as returned by `GET /api/v1/me` (and inside the login response). */
export type Me = ResponseBody<'/api/v1/me', 'get'>;

export type Session = {
  /** Kept in memory only: never in localStorage, so an injected script cannot carry it off. */
  accessToken: string;
  /** ISO-8601 instant after which the token is no longer accepted. */
  expiresAt: string;
  person: Me;
};

/** Why the last session ended; drives the message on the login page. */
export type EndReason = 'expired' | 'signed-out' | null;

/** `loading` until the first refresh answers (a reload asks the refresh cookie for a token). */
export type SessionStatus = 'loading' | 'signed-in' | 'signed-out';

export type SessionState = { status: SessionStatus; session: Session | null; endReason: EndReason };

const REFRESH_PATH = '/api/v1/auth/refresh';
const LOGOUT_PATH = '/api/v1/auth/logout';
const CHANNEL = 'cairn.session';
/** Refresh this long before the access token expires. */
export const REFRESH_MARGIN_MS = 60_000;

type TabMessage = { type: 'session'; session: Session } | { type: 'signed-out' };

let state: SessionState = { status: 'loading', session: null, endReason: null };
const listeners = new Set<() => void>();
let inFlight: Promise<Session | null> | null = null;
let channel: BroadcastChannel | null = null;

function setState(next: SessionState) {
  state = next;
  listeners.forEach((listener) => listener());
}

function isExpired(session: Session, now = Date.now()): boolean {
  const expiry = Date.parse(session.expiresAt);
  return Number.isNaN(expiry) || expiry <= now;
}

function expiresSoon(session: Session, now = Date.now()): boolean {
  return Date.parse(session.expiresAt) - now < REFRESH_MARGIN_MS;
}

/** Tabs of this origin tell each other about new tokens and sign-outs (same-origin only). */
function tabs(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<TabMessage>) => {
    if (event.data.type === 'session')
      setState({ status: 'signed-in', session: event.data.session, endReason: null });
    if (event.data.type === 'signed-out' && state.session)
      setState({ status: 'signed-out', session: null, endReason: 'signed-out' });
  };
  return channel;
}

function tell(message: TabMessage) {
  tabs()?.postMessage(message);
}

/**
 * Runs `task` while holding a lock shared by every tab, so that two tabs never present the same
 * refresh token (the server would take the second use for a stolen copy and end the session).
 */
function acrossTabs<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request('cairn.refresh', task) as Promise<T>) : task();
}

async function requestRefresh(): Promise<Session | null> {
  const response = await globalThis.fetch(`${globalThis.location?.origin ?? ''}${REFRESH_PATH}`, {
    method: 'POST',
    credentials: 'same-origin',
  });
  if (!response.ok) return null;
  const body = (await response.json()) as Session & { tokenType?: string };
  return { accessToken: body.accessToken, expiresAt: body.expiresAt, person: body.person };
}

export const sessionStore = {
  getState: (): SessionState => state,
  subscribe(listener: () => void): () => void {
    tabs();
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** The token to send, or null when there is none or it has expired. */
  getAccessToken(): string | null {
    return state.session && !isExpired(state.session) ? state.session.accessToken : null;
  },
  /** Whether the token should be renewed before it is sent. */
  needsRefresh(): boolean {
    return state.session !== null && expiresSoon(state.session);
  },
  start(session: Session) {
    setState({ status: 'signed-in', session, endReason: null });
    tell({ type: 'session', session });
  },
  updatePerson(person: Me) {
    if (state.session) setState({ ...state, session: { ...state.session, person } });
  },
  /**
   * Gets a new access token with the refresh cookie. Concurrent callers share one request; tabs take
   * turns, and a tab that waited adopts the token another tab just got instead of refreshing again.
   * Resolves to null (and ends the session) when the cookie no longer works.
   */
  refresh(): Promise<Session | null> {
    if (inFlight) return inFlight;
    const before = state.session?.accessToken ?? null;
    inFlight = acrossTabs(async () => {
      const current = state.session;
      if (current && current.accessToken !== before && !expiresSoon(current)) return current;
      const next = await requestRefresh().catch(() => null);
      if (next) {
        sessionStore.start(next);
      } else {
        const endReason: EndReason = state.session ? 'expired' : state.endReason;
        setState({ status: 'signed-out', session: null, endReason });
      }
      return next;
    }).finally(() => {
      inFlight = null;
    });
    return inFlight;
  },
  /** Ends the session on the server (revoking it and clearing the cookie) and in every tab. */
  async signOut() {
    setState({ status: 'signed-out', session: null, endReason: 'signed-out' });
    tell({ type: 'signed-out' });
    await globalThis
      .fetch(`${globalThis.location?.origin ?? ''}${LOGOUT_PATH}`, {
        method: 'POST',
        credentials: 'same-origin',
      })
      .catch(() => undefined);
  },
  expire() {
    setState({ status: 'signed-out', session: null, endReason: 'expired' });
  },
  /** Tests: forget everything, as a signed-out browser that never had a session. */
  reset() {
    inFlight = null;
    setState({ status: 'signed-out', session: null, endReason: null });
  },
  isExpired,
};
