/* eslint-disable react-refresh/only-export-components -- auth hooks and guards live together */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoadingState } from '@/components/ui/states';
import { REFRESH_MARGIN_MS, sessionStore, type Me, type Session } from '@/lib/session';

export const SESSION_EXPIRED_MESSAGE = 'Your session has expired. Please sign in again.';
export const LOGIN_EXPIRED_PATH = '/login?expired=1';

export type Role = Me['roles'][number];

function useSessionState() {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getState);
}

/**
 * Keeps the in-memory session alive: on load it asks the refresh cookie for an access token, and
 * renews the token shortly before it expires. Other tabs' sign-ins and sign-outs arrive through the
 * session store's tab channel.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { status, session } = useSessionState();
  const queryClient = useQueryClient();
  const hadSession = useRef(session !== null);

  useEffect(() => {
    if (status === 'loading') void sessionStore.refresh();
  }, [status]);

  useEffect(() => {
    if (!session) {
      // Drop the previous person's cached data when their session ends (logout, 401, expiry).
      if (hadSession.current) queryClient.clear();
      hadSession.current = false;
      return;
    }
    hadSession.current = true;
    const msLeft = Date.parse(session.expiresAt) - Date.now() - REFRESH_MARGIN_MS;
    if (msLeft > 2 ** 31 - 1) return;
    const timer = window.setTimeout(() => void sessionStore.refresh(), Math.max(msLeft, 0));
    return () => window.clearTimeout(timer);
  }, [session, queryClient]);

  return children;
}

export function useAuth() {
  const { status, session, endReason } = useSessionState();
  const signIn = useCallback((next: Session) => sessionStore.start(next), []);
  const signOut = useCallback(() => void sessionStore.signOut(), []);
  const roles = session?.person.roles ?? [];
  return {
    status,
    session,
    person: session?.person ?? null,
    endReason,
    hasRole: (role: Role) => roles.includes(role),
    isAdmin: roles.includes('ADMIN'),
    signIn,
    signOut,
  };
}

/** Route guard: renders children for a live session, else sends the visitor to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, session, endReason } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <LoadingState label="Signing you in…" />;
  if (!session) {
    if (endReason === 'signed-out') return <Navigate to="/login" replace />;
    // Come back to the same page after signing in again.
    const to = endReason === 'expired' ? LOGIN_EXPIRED_PATH : '/login';
    return <Navigate to={to} replace state={{ from: location }} />;
  }
  return children;
}

/** Route guard for role-restricted areas; a signed-in person without the role sees `fallback`. */
export function RequireRole({
  role,
  fallback,
  children,
}: {
  role: Role;
  fallback: ReactNode;
  children: ReactNode;
}) {
  const { hasRole } = useAuth();
  return hasRole(role) ? children : fallback;
}
