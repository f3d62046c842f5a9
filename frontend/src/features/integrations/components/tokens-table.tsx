import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/card';
import type { ApiToken } from '@/features/integrations/api/api-tokens';
import styles from '@/features/integrations/components/integrations.module.css';
import { formatDateTime } from '@/lib/format-date';

type Props = {
  tokens: ApiToken[];
  caption: string;
  onRevoke: (token: ApiToken) => void;
};

const STATUS_TONE = { ACTIVE: 'accent', EXPIRED: 'muted', REVOKED: 'muted' } as const;
const STATUS_LABEL: Record<string, string> = {
  ACTIVE: 'Active',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
};

/** API tokens: never their secrets, only what identifies them and how they were used. */
export function TokensTable({ tokens, caption, onRevoke }: Props) {
  return (
    <div className="table-wrap">
      <table className={`table ${styles.tokens}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Scopes</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Expires</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className={token.status === 'ACTIVE' ? undefined : styles.inactive}>
              <td>
                <strong>{token.name}</strong>{' '}
                <Badge tone={STATUS_TONE[token.status as keyof typeof STATUS_TONE] ?? 'muted'}>
                  {STATUS_LABEL[token.status] ?? token.status}
                </Badge>
                <div>
                  <code>{token.prefix}…</code>
                </div>
              </td>
              <td>
                <ul className={styles.scopeList} aria-label={`Scopes of ${token.name}`}>
                  {token.scopes.map((scope) => (
                    <li key={scope}>
                      <code>{scope}</code>
                    </li>
                  ))}
                </ul>
              </td>
              <td>{formatDateTime(token.createdAt)}</td>
              <td>
                {token.lastUsedAt ? (
                  <>
                    {formatDateTime(token.lastUsedAt)}
                    {token.lastUsedFrom && (
                      <div className="muted small">from {token.lastUsedFrom}</div>
                    )}
                  </>
                ) : (
                  <span className="muted">Never</span>
                )}
              </td>
              <td>
                {token.revokedAt
                  ? `Revoked ${formatDateTime(token.revokedAt)}`
                  : formatDateTime(token.expiresAt)}
              </td>
              <td className="cell-actions">
                {token.status === 'ACTIVE' && (
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Revoke ${token.name}`}
                    onClick={() => onRevoke(token)}
                  >
                    Revoke
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
