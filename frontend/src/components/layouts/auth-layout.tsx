import type { ReactNode } from 'react';

/** Centered card used by the signed-out pages. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="auth-page">
      <main className="auth-card">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>
          <span className="brand-name">Cairn</span>
        </div>
        <h1 className="auth-title">{title}</h1>
        {children}
      </main>
    </div>
  );
}
