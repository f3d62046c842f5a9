/* eslint-disable react-refresh/only-export-components -- auth hooks and guards live together */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { sessionStore, type Me, type Session } from '@/lib/session';

export const SESSION_EXPIRED_MESSAGE = 'Your session has expired. Please sign in again.';
export const LOGIN_EXPIRED_PATH = '/login?expired=1';

export type Role = Me['roles'][number];

function useSessionState() {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getState);
}

/** Keeps the session in step with its expiry time and with other browser tabs. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { session } = useSessionState();
  const queryClient = useQueryClient();

  const hadSession = useRef(session !== null);

  useEffect(() => {
    if (!session) {
      // Drop the previous person's cached data when their session ends (logout, 401, expiry).
      if (hadSession.current) queryClient.clear();
      hadSession.current = false;
      return;
    }
    hadSession.current = true;
    const msLeft = Date.parse(session.expiresAt) - Date.now();
    // setTimeout overflows past ~24.8 days; such a token is re-checked on every request anyway.
    if (msLeft > 2 ** 31 - 1) return;
    const timer = window.setTimeout(() => sessionStore.expire(), Math.max(msLeft, 0));
    return () => window.clearTimeout(timer);
  }, [session, queryClient]);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === 'cairn.session') sessionStore.reload();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  return children;
}

export function useAuth() {
  const { session, endReason } = useSessionState();
  const signIn = useCallback((next: Session) => sessionStore.start(next), []);
  const signOut = useCallback(() => sessionStore.signOut(), []);
  const roles = session?.person.roles ?? [];
  return {
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
  const { session, endReason } = useAuth();
  const location = useLocation();
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
