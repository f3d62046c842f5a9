import type { ResponseBody } from '@/lib/api-types';

/** The signed-in person as returned by `GET /api/v1/me` (and inside the login response). */
export type Me = ResponseBody<'/api/v1/me', 'get'>;

export type Session = {
  accessToken: string;
  /** ISO-8601 instant after which the token is no longer accepted. */
  expiresAt: string;
  person: Me;
};

/** Why the last session ended; drives the message on the login page. */
export type EndReason = 'expired' | 'signed-out' | null;

export type SessionState = { session: Session | null; endReason: EndReason };

const STORAGE_KEY = 'cairn.session';

function isExpired(session: Session, now = Date.now()): boolean {
  const expiry = Date.parse(session.expiresAt);
  return Number.isNaN(expiry) || expiry <= now;
}

function readStored(): SessionState {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return { session: null, endReason: null };
    const session = JSON.parse(raw) as Session;
    if (!session.accessToken || isExpired(session)) {
      localStorage.removeItem(STORAGE_KEY);
      return { session: null, endReason: 'expired' };
    }
    return { session, endReason: null };
  } catch {
    localStorage.removeItem(STORAGE_KEY);
    return { session: null, endReason: null };
  }
}

let state: SessionState = readStored();
const listeners = new Set<() => void>();

function setState(next: SessionState) {
  state = next;
  listeners.forEach((listener) => listener());
}

export const sessionStore = {
  getState: (): SessionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** The token to send, or null when there is none or it has expired (which ends the session). */
  getAccessToken(): string | null {
    if (state.session && isExpired(state.session)) this.expire();
    return state.session?.accessToken ?? null;
  },
  start(session: Session) {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    setState({ session, endReason: null });
  },
  updatePerson(person: Me) {
    if (!state.session) return;
    this.start({ ...state.session, person });
  },
  signOut() {
    localStorage.removeItem(STORAGE_KEY);
    setState({ session: null, endReason: 'signed-out' });
  },
  expire() {
    localStorage.removeItem(STORAGE_KEY);
    setState({ session: null, endReason: 'expired' });
  },
  /** Re-reads localStorage (another tab signed in or out, or tests seeded it). */
  reload() {
    setState(readStored());
  },
  isExpired,
};
