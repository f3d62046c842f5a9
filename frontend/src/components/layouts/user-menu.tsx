import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { ThemeSwitch } from '@/components/ui/theme-switch';
import styles from '@/components/layouts/user-menu.module.css';

type UserMenuProps = {
  name: string;
  email: string;
  organization: string;
  profileHref: string;
  onLogout: () => void;
};

/** Disclosure menu in the top bar: who is signed in, profile link, log out, the theme. */
export function UserMenu({ name, email, organization, profileHref, onLogout }: UserMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  return (
    <div
      className={styles.menu}
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <button
        type="button"
        className={styles.trigger}
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        <Avatar name={name} size="sm" />
        <span className={styles.name}>{name}</span>
        <span aria-hidden="true" className={styles.chevron}>
          ▾
        </span>
        <span className="visually-hidden">Account menu</span>
      </button>
      {open && (
        <div id={menuId} className={styles.panel}>
          <div className={styles.identity}>
            <strong>{name}</strong>
            <span>{email}</span>
            <span className="muted">{organization}</span>
          </div>
          <Link to={profileHref} className={styles.item} onClick={() => setOpen(false)}>
            My profile
          </Link>
          <Link to="/account" className={styles.item} onClick={() => setOpen(false)}>
            Change password
          </Link>
          <Link to="/settings" className={styles.item} onClick={() => setOpen(false)}>
            Settings
          </Link>
          <button type="button" className={styles.item} onClick={onLogout}>
            Log out
          </button>
          <div className={styles.theme}>
            <ThemeSwitch />
          </div>
        </div>
      )}
    </div>
  );
}
