import type { ReactNode } from 'react';
import styles from '@/features/auth/components/auth-pages.module.css';

/** The row of links under a signed-out form ("Forgot your password?", "Create an organization"). */
export function AuthLinks({ children }: { children: ReactNode }) {
  return <nav className={styles.links}>{children}</nav>;
}
