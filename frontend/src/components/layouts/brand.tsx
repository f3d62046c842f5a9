import styles from '@/components/layouts/brand.module.css';

/** The Cairn mark and name; `large` on the signed-out pages. */
export function Brand({ large = false }: { large?: boolean }) {
  return (
    <div className={large ? `${styles.brand} ${styles.large}` : styles.brand}>
      <span className={styles.mark} aria-hidden="true">
        ◆
      </span>
      <span>Cairn</span>
    </div>
  );
}
