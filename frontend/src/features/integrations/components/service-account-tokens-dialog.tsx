import { Dialog } from '@/components/ui/dialog';
import {
  useCreateServiceAccountToken,
  useRevokeServiceAccountToken,
  useServiceAccountTokens,
  type ServiceAccount,
} from '@/features/integrations/api/service-accounts';
import { fromScopes } from '@/features/integrations/components/scope-areas';
import { TokensManager } from '@/features/integrations/components/tokens-manager';

/** A service account's tokens: create within its scopes, list, revoke. */
export function ServiceAccountTokensDialog({
  account,
  onClose,
}: {
  account: ServiceAccount;
  onClose: () => void;
}) {
  const tokens = useServiceAccountTokens(account.id);
  const create = useCreateServiceAccountToken(account.id);
  const revoke = useRevokeServiceAccountToken(account.id);
  return (
    <Dialog title={`Tokens of ${account.name}`} onClose={onClose} wide>
      {!account.active && (
        <p className="muted">This service account is deactivated: its tokens no longer work.</p>
      )}
      <TokensManager
        owner={account.name}
        tokens={tokens}
        create={create}
        revoke={revoke}
        ceiling={fromScopes(account.scopes)}
        canCreate={account.active}
      />
    </Dialog>
  );
}
