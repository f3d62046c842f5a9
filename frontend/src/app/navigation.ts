import type { Role } from '@/lib/auth';

export type NavItem = {
  label: string;
  to: string;
  /** Features not built yet stay hidden until this is true. */
  enabled: boolean;
  /** When set, only people with one of these roles see the item. */
  roles?: Role[];
};

/** The one navigation config of the SPA. */
export const NAV_ITEMS: NavItem[] = [
  { label: 'Home', to: '/', enabled: true },
  { label: 'Objectives', to: '/objectives', enabled: true },
  { label: 'Cascade', to: '/cascade', enabled: true },
  { label: '1:1s', to: '/one-on-ones', enabled: true },
  { label: 'Reviews', to: '/reviews', enabled: true },
  { label: 'Feedback', to: '/feedback', enabled: true },
  { label: 'Praise', to: '/praise', enabled: true },
  { label: 'People', to: '/people', enabled: true },
  { label: 'Reports', to: '/reports', enabled: true },
  { label: 'Admin', to: '/admin', enabled: true, roles: ['ADMIN'] },
];

export function visibleNavItems(items: NavItem[], roles: readonly Role[]): NavItem[] {
  return items.filter(
    (item) => item.enabled && (!item.roles || item.roles.some((role) => roles.includes(role))),
  );
}
