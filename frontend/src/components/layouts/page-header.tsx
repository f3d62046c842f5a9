import type { ReactNode } from 'react';
import styles from '@/components/layouts/page-header.module.css';

export function PageHeader({
  title,
  description,
  actions,
  breadcrumb,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  breadcrumb?: ReactNode;
}) {
  return (
    <div className={styles.header}>
      <div>
        {breadcrumb && <div className={styles.breadcrumb}>{breadcrumb}</div>}
        <h1>{title}</h1>
        {description && <p className={styles.description}>{description}</p>}
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}
