import type { ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import { UserMenu } from '@/components/layouts/user-menu';
import { ErrorBoundary } from '@/components/ui/error-boundary';

export type NavLinkItem = { label: string; to: string };

type AppLayoutProps = {
  navItems: NavLinkItem[];
  user: { name: string; email: string; organization: string; profileHref: string };
  onLogout: () => void;
  /** Shown in the top bar before the user menu (the notification bell). */
  topbarExtra?: ReactNode;
};

/** Authenticated shell: sidebar navigation, top bar with the user menu, and the page. */
export function AppLayout({ navItems, user, onLogout, topbarExtra }: AppLayoutProps) {
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>
          <span className="brand-name">Cairn</span>
        </div>
        <nav aria-label="Main">
          <ul className="nav-list">
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'} className="nav-link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <p className="sidebar-org">{user.organization}</p>
      </aside>
      <div className="main-column">
        <header className="topbar">
          {topbarExtra}
          <UserMenu {...user} onLogout={onLogout} />
        </header>
        <main id="main" className="content" tabIndex={-1}>
          <ErrorBoundary title="This page could not be shown">
            <Outlet />
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
