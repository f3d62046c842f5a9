import { useEffect, useState, type ReactNode } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { Brand } from '@/components/layouts/brand';
import { UserMenu } from '@/components/layouts/user-menu';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import styles from '@/components/layouts/app-layout.module.css';

export type NavLinkItem = { label: string; to: string };

type AppLayoutProps = {
  navItems: NavLinkItem[];
  user: { name: string; email: string; organization: string; profileHref: string };
  onLogout: () => void;
  /** Shown in the top bar before the user menu (the notification bell). */
  topbarExtra?: ReactNode;
};

/**
 * Authenticated shell: sidebar navigation, top bar with the user menu, and the page. On narrow
 * screens the sidebar hides behind a "Menu" button in the top bar and opens as a drawer.
 */
export function AppLayout({ navItems, user, onLogout, topbarExtra }: AppLayoutProps) {
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  const [openedAt, setOpenedAt] = useState(pathname);

  // A link followed from the drawer closes it.
  if (openedAt !== pathname) {
    setOpenedAt(pathname);
    setMenuOpen(false);
  }

  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setMenuOpen(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href="#main">
        Skip to content
      </a>
      <aside id="main-navigation" className={styles.sidebar} data-open={menuOpen}>
        <Brand />
        <nav aria-label="Main">
          <ul className={styles.navList}>
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'} className={styles.navLink}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <p className={styles.org}>{user.organization}</p>
      </aside>
      {menuOpen && (
        <div className={styles.backdrop} aria-hidden="true" onClick={() => setMenuOpen(false)} />
      )}
      <div className={styles.mainColumn}>
        <header className={styles.topbar}>
          <button
            type="button"
            className={styles.menuButton}
            aria-expanded={menuOpen}
            aria-controls="main-navigation"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span aria-hidden="true">☰</span> Menu
          </button>
          <span className={styles.topbarBrand}>
            <Brand />
          </span>
          {topbarExtra}
          <UserMenu {...user} onLogout={onLogout} />
        </header>
        <main id="main" className={`content ${styles.content}`} tabIndex={-1}>
          <ErrorBoundary title="This page could not be shown">
            <Outlet />
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
