import { Badge } from '@/components/ui/card';
import type { PeopleImport, PeopleImportRow } from '@/features/admin/api/people-import';
import styles from '@/features/admin/components/people-admin.module.css';

const ACTION_LABEL: Record<PeopleImportRow['action'], string> = {
  CREATE: 'New',
  UPDATE: 'Changes',
  UNCHANGED: 'No change',
  INVALID: 'Error',
};

function ActionBadge({ action }: { action: PeopleImportRow['action'] }) {
  if (action === 'INVALID')
    return <span className={`badge ${styles.invalid}`}>{ACTION_LABEL[action]}</span>;
  return (
    <Badge tone={action === 'UNCHANGED' ? 'muted' : action === 'CREATE' ? 'accent' : 'neutral'}>
      {ACTION_LABEL[action]}
    </Badge>
  );
}

function Details({ row }: { row: PeopleImportRow }) {
  if (row.errors.length > 0)
    return (
      <ul className={styles.errors}>
        {row.errors.map((error) => (
          <li key={`${error.column}-${error.message}`}>
            <strong>{error.column}</strong> {error.message}
          </li>
        ))}
      </ul>
    );
  if (row.action === 'UPDATE') return <>{row.changes.join(', ')}</>;
  if (row.action === 'CREATE') return <>Invited by e-mail</>;
  return <span className="muted">—</span>;
}

/** What an import would do, row by row: rows with errors first, each error naming its column. */
export function ImportPreview({ result }: { result: PeopleImport }) {
  const rows = [...result.rows].sort(
    (a, b) => Number(b.action === 'INVALID') - Number(a.action === 'INVALID') || a.row - b.row,
  );
  return (
    <>
      <ul className={styles.summary} aria-label="Import summary">
        <li>
          <Badge tone="accent">{result.created} new</Badge>
        </li>
        <li>
          <Badge>{result.updated} changed</Badge>
        </li>
        <li>
          <Badge tone="muted">{result.unchanged} unchanged</Badge>
        </li>
        {result.invalid > 0 && (
          <li>
            <span className={`badge ${styles.invalid}`}>{result.invalid} with errors</span>
          </li>
        )}
      </ul>
      <div className={styles.previewWrap}>
        <table className="table">
          <caption className="visually-hidden">What the import does, row by row</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Person</th>
              <th scope="col">Result</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row}>
                <td data-label="Row">{row.row}</td>
                <td>
                  <div>{row.name ?? <span className="muted">(no name)</span>}</div>
                  <div className="muted small">{row.email ?? '(no email)'}</div>
                </td>
                <td>
                  <ActionBadge action={row.action} />
                </td>
                <td data-label="Details">
                  <Details row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
