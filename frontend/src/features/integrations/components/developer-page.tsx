import { Card } from '@/components/ui/card';
import {
  useCreateApiToken,
  useMyApiTokens,
  useRevokeApiToken,
} from '@/features/integrations/api/api-tokens';
import styles from '@/features/integrations/components/integrations.module.css';
import { TokensManager } from '@/features/integrations/components/tokens-manager';

/** Personal API tokens, and where to learn the API. */
export function DeveloperPage() {
  const tokens = useMyApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  return (
    <div className={styles.sections}>
      <Card title="Personal API tokens">
        <p className="muted">
          Tokens act as you from scripts and tools: never with more rights than you have, and only
          within the scopes you give them. Send one as <code>Authorization: Bearer …</code>.
        </p>
        <TokensManager owner="you" tokens={tokens} create={create} revoke={revoke} />
      </Card>
      <Card title="Learn the API">
        <ul className={styles.links}>
          <li>
            <a href="/q/swagger-ui/" target="_blank" rel="noreferrer">
              API explorer (Swagger UI)
            </a>{' '}
            <span className="muted">— try every call; each lists the scope a token needs.</span>
          </li>
          <li>
            <a href="/q/openapi" target="_blank" rel="noreferrer">
              OpenAPI document
            </a>{' '}
            <span className="muted">— generate a client from it.</span>
          </li>
          <li>
            The integrations guide, <code>docs/integrations.md</code> in Cairn&apos;s source{' '}
            <span className="muted">— tokens, scopes, rate limits, the audit log.</span>
          </li>
        </ul>
      </Card>
    </div>
  );
}
