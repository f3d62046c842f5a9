import type { ReactNode } from 'react';
import styles from '@/components/layouts/auth-layout.module.css';
import { Brand } from '@/components/layouts/brand';

/** Centered card used by the signed-out pages. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className={styles.page}>
      <main className={styles.card}>
        <Brand large />
        <h1 className={styles.title}>{title}</h1>
        {children}
      </main>
    </div>
  );
}
