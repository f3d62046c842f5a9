import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Badge, Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import {
  useDeactivateServiceAccount,
  useServiceAccounts,
  type ServiceAccount,
} from '@/features/integrations/api/service-accounts';
import styles from '@/features/integrations/components/integrations.module.css';
import { ServiceAccountFormDialog } from '@/features/integrations/components/service-account-form-dialog';
import { ServiceAccountTokensDialog } from '@/features/integrations/components/service-account-tokens-dialog';
import { formatDate } from '@/lib/format-date';
import { toFormErrors } from '@/lib/problem';

/** Organization-level identities for integrations, their scopes and their tokens. */
export function ServiceAccountsAdmin() {
  const accounts = useServiceAccounts();
  const deactivate = useDeactivateServiceAccount();
  const [editing, setEditing] = useState<{ account?: ServiceAccount } | null>(null);
  const [tokensOf, setTokensOf] = useState<ServiceAccount | null>(null);
  const [deactivating, setDeactivating] = useState<ServiceAccount | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Card
      title="Service accounts"
      actions={
        <Button variant="primary" onClick={() => setEditing({})}>
          New service account
        </Button>
      }
    >
      <p className="muted">
        For integrations that must not depend on a person (HRIS sync, BI, bots): no password, never
        in the people directory, and tokens that stay within the account&apos;s scopes.
      </p>
      <FormAlert message={notice} tone="info" />
      {accounts.isPending ? (
        <LoadingState label="Loading service accounts…" />
      ) : accounts.isError ? (
        <ErrorState
          title="Service accounts could not be loaded"
          error={accounts.error}
          onRetry={() => accounts.refetch()}
        />
      ) : accounts.data.items.length === 0 ? (
        <EmptyState title="No service accounts yet">
          Create one for each integration, then give it a token.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Service accounts</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Scopes</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.data.items.map((account) => (
                <tr key={account.id} className={account.active ? undefined : styles.inactive}>
                  <td>
                    <strong>{account.name}</strong> {account.admin && <Badge>Admin</Badge>}{' '}
                    {!account.active && <Badge tone="muted">Deactivated</Badge>}
                    {account.description && (
                      <div className="muted small">{account.description}</div>
                    )}
                  </td>
                  <td>
                    <ul className={styles.scopeList} aria-label={`Scopes of ${account.name}`}>
                      {account.scopes.map((scope) => (
                        <li key={scope}>
                          <code>{scope}</code>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{formatDate(account.createdAt)}</td>
                  <td className="cell-actions">
                    <Button size="sm" variant="ghost" onClick={() => setTokensOf(account)}>
                      Tokens<span className="visually-hidden"> of {account.name}</span>
                    </Button>
                    {account.active && (
                      <>
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-label={`Edit ${account.name}`}
                          onClick={() => setEditing({ account })}
                        >
                          Edit
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-label={`Deactivate ${account.name}`}
                          onClick={() => {
                            deactivate.reset();
                            setDeactivating(account);
                          }}
                        >
                          Deactivate
                        </Button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <ServiceAccountFormDialog
          account={editing.account}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setNotice(editing.account ? `${name} was updated.` : `${name} was created.`);
            setEditing(null);
          }}
        />
      )}
      {tokensOf && (
        <ServiceAccountTokensDialog account={tokensOf} onClose={() => setTokensOf(null)} />
      )}
      {deactivating && (
        <ConfirmDialog
          title={`Deactivate ${deactivating.name}?`}
          message="All its tokens are revoked at once; what it wrote stays attributed to it. This cannot be undone."
          confirmLabel="Deactivate"
          busy={deactivate.isPending}
          error={deactivate.isError ? toFormErrors(deactivate.error).detail : null}
          onCancel={() => setDeactivating(null)}
          onConfirm={() =>
            deactivate.mutate(deactivating.id, {
              onSuccess: () => {
                setNotice(`${deactivating.name} was deactivated and its tokens revoked.`);
                setDeactivating(null);
              },
            })
          }
        />
      )}
    </Card>
  );
}
