import { Button } from '@/components/ui/button';
import styles from '@/components/ui/pagination.module.css';

type PaginationProps = {
  page: number;
  size: number;
  total: number;
  onPageChange: (page: number) => void;
  label?: string;
};

/** Pager for the API's 0-based `{page, size, total}` lists. */
export function Pagination({
  page,
  size,
  total,
  onPageChange,
  label = 'Pagination',
}: PaginationProps) {
  const pageCount = Math.max(1, Math.ceil(total / size));
  if (total === 0) return null;
  const from = page * size + 1;
  const to = Math.min(total, (page + 1) * size);
  return (
    <nav className={styles.pagination} aria-label={label}>
      <span className={styles.summary}>
        {from}–{to} of {total}
      </span>
      <div className={styles.buttons}>
        <Button size="sm" disabled={page <= 0} onClick={() => onPageChange(page - 1)}>
          Previous
        </Button>
        <span className={styles.page}>
          Page {page + 1} of {pageCount}
        </span>
        <Button size="sm" disabled={page + 1 >= pageCount} onClick={() => onPageChange(page + 1)}>
          Next
        </Button>
      </div>
    </nav>
  );
}
