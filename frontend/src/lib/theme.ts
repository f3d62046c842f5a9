import { useSyncExternalStore } from 'react';

/**
 * The colour theme: the system setting (prefers-color-scheme) unless the person pinned Light or
 * Dark on this browser. The choice lives in localStorage (a display preference, nothing secret) and
 * shows as data-theme on <html>; the stylesheet's light-dark() tokens do the rest. public/theme.js
 * applies a stored choice before the first paint.
 */
export type ThemePreference = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'cairn.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();

function stored(): ThemePreference {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function apply(preference: ThemePreference) {
  const root = document.documentElement;
  if (preference === 'system') delete root.dataset.theme;
  else root.dataset.theme = preference;
}

export function getThemePreference(): ThemePreference {
  return stored();
}

/** Remembers the choice on this browser and applies it at once (every open tab follows). */
export function setThemePreference(preference: ThemePreference) {
  try {
    if (preference === 'system') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, preference);
  } catch {
    // Storage blocked: the choice lasts until the page is left.
  }
  apply(preference);
  listeners.forEach((listener) => listener());
}

function systemTheme(): Theme {
  return window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light';
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = window.matchMedia?.(DARK_QUERY);
  media?.addEventListener('change', listener);
  // Another tab changed the choice.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    apply(stored());
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    media?.removeEventListener('change', listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The person's choice: System, Light or Dark. */
export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribe, stored, () => 'system');
}

/** The theme on screen now, for what CSS cannot colour (the report charts' canvas). */
export function useTheme(): Theme {
  return useSyncExternalStore(
    subscribe,
    () => {
      const preference = stored();
      return preference === 'system' ? systemTheme() : preference;
    },
    () => 'light',
  );
}
