import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/form-alert';
import styles from './webhooks.module.css';

type Props = { title: string; secret: string; note?: string; onClose: () => void };

/** A signing secret, shown this once, with a copy button. */
export function SecretDialog({ title, secret, note, onClose }: Props) {
  const [copied, setCopied] = useState(false);
  return (
    <Dialog title={title} onClose={onClose}>
      <p>
        Copy the signing secret now: it will not be shown again. Your receiver verifies each
        request&apos;s <code>webhook-signature</code> with it (Standard Webhooks).
      </p>
      {note && <FormAlert message={note} tone="info" />}
      <div className={styles.secret}>
        <code className={styles.secretValue} aria-label="Signing secret">
          {secret}
        </code>
        <Button
          onClick={() =>
            navigator.clipboard?.writeText(secret).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
      <div className="dialog-actions">
        <Button variant="primary" onClick={onClose}>
          Done
        </Button>
      </div>
    </Dialog>
  );
}
