import { useState } from 'react';
import { Button } from '@/components/ui/button';
import styles from '@/features/integrations/components/integrations.module.css';

/** A new token's secret, shown this once, with a copy button. */
export function SecretReveal({ secret, name }: { secret: string; name: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className={styles.secret}>
      <p role="alert" className={styles.secretWarning}>
        <strong>Copy the secret of “{name}” now: you will not see it again.</strong> Cairn keeps
        only a fingerprint of it. If you lose it, revoke the token and create a new one.
      </p>
      <label className="field-label" htmlFor="new-token-secret">
        Secret
      </label>
      <div className={styles.secretRow}>
        <textarea
          id="new-token-secret"
          className={`input ${styles.secretValue}`}
          readOnly
          rows={2}
          value={secret}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button variant="primary" onClick={copy}>
          Copy
        </Button>
      </div>
      <p className="field-hint" aria-live="polite">
        {copied === 'yes'
          ? 'Copied to the clipboard.'
          : copied === 'failed'
            ? 'The browser refused the clipboard: select the secret and copy it yourself.'
            : 'Send it as a bearer token: Authorization: Bearer <secret>'}
      </p>
    </div>
  );
}
