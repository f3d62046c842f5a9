import { useState } from 'react';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import type {
  ApiToken,
  ApiTokensPage,
  CreateApiTokenRequest,
  CreatedApiToken,
} from '@/features/integrations/api/api-tokens';
import type { ScopeChoice } from '@/features/integrations/components/scope-areas';
import { TokenFormDialog } from '@/features/integrations/components/token-form-dialog';
import { TokensTable } from '@/features/integrations/components/tokens-table';
import styles from '@/features/integrations/components/integrations.module.css';
import { toFormErrors } from '@/lib/problem';

type Props = {
  /** Whose tokens, for labels: "your" or the service account's name. */
  owner: string;
  tokens: UseQueryResult<ApiTokensPage>;
  create: UseMutationResult<CreatedApiToken, Error, CreateApiTokenRequest>;
  revoke: UseMutationResult<unknown, Error, string>;
  ceiling?: ScopeChoice;
  /** False for a deactivated service account: no new tokens. */
  canCreate?: boolean;
};

/** A list of tokens with create (secret shown once) and revoke (confirmed). */
export function TokensManager({ owner, tokens, create, revoke, ceiling, canCreate = true }: Props) {
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <div className={`button-row ${styles.toolbar}`}>
        {canCreate && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            New token
          </Button>
        )}
      </div>
      <FormAlert message={notice} tone="info" />
      {tokens.isPending ? (
        <LoadingState label="Loading tokens…" />
      ) : tokens.isError ? (
        <ErrorState
          title="Tokens could not be loaded"
          error={tokens.error}
          onRetry={() => tokens.refetch()}
        />
      ) : tokens.data.items.length === 0 ? (
        <EmptyState title="No tokens yet">
          A token lets a script or an integration call the API as {owner}, narrowed to the scopes
          you pick.
        </EmptyState>
      ) : (
        <TokensTable
          tokens={tokens.data.items}
          caption={`Tokens of ${owner}`}
          onRevoke={(token) => {
            revoke.reset();
            setRevoking(token);
          }}
        />
      )}
      {creating && (
        <TokenFormDialog
          title={`New token for ${owner}`}
          ceiling={ceiling}
          busy={create.isPending}
          create={(body) => create.mutateAsync(body)}
          onClose={() => setCreating(false)}
        />
      )}
      {revoking && (
        <ConfirmDialog
          title={`Revoke ${revoking.name}?`}
          message={`Anything using ${revoking.prefix}… gets 401 from its next request. This cannot be undone.`}
          confirmLabel="Revoke token"
          busy={revoke.isPending}
          error={revoke.isError ? toFormErrors(revoke.error).detail : null}
          onCancel={() => setRevoking(null)}
          onConfirm={() =>
            revoke.mutate(revoking.id, {
              onSuccess: () => {
                setNotice(`${revoking.name} was revoked.`);
                setRevoking(null);
              },
            })
          }
        />
      )}
    </>
  );
}
