import type { AuditEvent } from '@/features/integrations/api/audit-events';
import styles from '@/features/integrations/components/integrations.module.css';
import { readable } from '@/features/integrations/components/audit-format';

type Change = { before?: unknown; after?: unknown; changed?: boolean };

/** Field names as words: "managerId" → "manager id". */
function label(field: string): string {
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The before → after of each changed field; hidden content says only that it changed. */
export function AuditChanges({ changes }: { changes: AuditEvent['changes'] }) {
  if (!changes || Object.keys(changes).length === 0) return <span className="muted">—</span>;
  return (
    <dl className={styles.changes}>
      {Object.entries(changes).map(([field, raw]) => {
        const change = (raw ?? {}) as Change;
        return (
          <div key={field} style={{ display: 'contents' }}>
            <dt>{label(field)}</dt>
            <dd>
              {change.changed ? (
                <em>changed (content not recorded)</em>
              ) : (
                <>
                  <span className={styles.before}>{readable(change.before)}</span>
                  {' → '}
                  <span>{readable(change.after)}</span>
                </>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
