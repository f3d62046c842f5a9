import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Badge, Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useWebhooks, type Webhook } from '@/features/webhooks/api/get-webhooks';
import {
  useDeleteWebhook,
  useRotateWebhookSecret,
  useSetWebhookEnabled,
} from '@/features/webhooks/api/webhook-mutations';
import { SecretDialog } from '@/features/webhooks/components/secret-dialog';
import { WebhookDeliveriesDialog } from '@/features/webhooks/components/webhook-deliveries-dialog';
import { WebhookFormDialog } from '@/features/webhooks/components/webhook-form-dialog';
import { formatDateTime } from '@/lib/format-date';
import { toFormErrors } from '@/lib/problem';
import styles from './webhooks.module.css';

type Secret = { title: string; secret: string; note?: string };
type Confirming = { kind: 'delete' | 'rotate'; webhook: Webhook } | null;

/** Admins' webhooks: list, create, secret once, rotate, enable/disable, delete, delivery log. */
export function WebhooksAdmin() {
  const webhooks = useWebhooks();
  const remove = useDeleteWebhook();
  const rotate = useRotateWebhookSecret();
  const toggle = useSetWebhookEnabled();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<Secret | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [viewing, setViewing] = useState<Webhook | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const failure = toggle.isError ? toFormErrors(toggle.error).detail : null;

  const onConfirm = () => {
    if (!confirming) return;
    const { webhook } = confirming;
    if (confirming.kind === 'delete') {
      remove.mutate(webhook.id, {
        onSuccess: () => {
          setNotice(`The webhook to ${webhook.url} was deleted.`);
          setConfirming(null);
        },
      });
    } else {
      rotate.mutate(
        { id: webhook.id, version: webhook.version },
        {
          onSuccess: (rotated) => {
            setConfirming(null);
            setSecret({
              title: 'New signing secret',
              secret: rotated.secret,
              note: `The former secret keeps signing (as a second signature) until ${formatDateTime(rotated.webhook.previousSecretExpiresAt)}.`,
            });
          },
        },
      );
    }
  };
  const pending = confirming?.kind === 'delete' ? remove : rotate;

  return (
    <Card
      title="Webhooks"
      actions={
        <Button variant="primary" onClick={() => setCreating(true)}>
          New webhook
        </Button>
      }
    >
      <FormAlert message={notice} tone="info" />
      <FormAlert message={failure} />
      {webhooks.isPending ? (
        <LoadingState label="Loading webhooks…" />
      ) : webhooks.isError ? (
        <ErrorState
          title="Webhooks could not be loaded"
          error={webhooks.error}
          onRetry={() => webhooks.refetch()}
        />
      ) : webhooks.data.items.length === 0 ? (
        <EmptyState title="No webhooks yet">
          Send signed events (check-ins, 1:1s, reviews, people changes) to your integrations.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Webhooks</caption>
            <thead>
              <tr>
                <th scope="col">Endpoint</th>
                <th scope="col">Events</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {webhooks.data.items.map((w) => (
                <tr key={w.id}>
                  <td>
                    <div className={styles.url}>{w.url}</div>
                    {w.description && <div className="muted">{w.description}</div>}
                  </td>
                  <td>
                    <div className={styles.types}>
                      {w.eventTypes.map((t) => (
                        <Badge key={t} tone="muted">
                          {t}
                        </Badge>
                      ))}
                    </div>
                  </td>
                  <td>
                    {w.enabled ? <Badge tone="accent">Enabled</Badge> : <Badge>Disabled</Badge>}
                    {w.disabledReason && <div className="muted">{w.disabledReason}</div>}
                  </td>
                  <td className="cell-actions">
                    <Button size="sm" variant="ghost" onClick={() => setViewing(w)}>
                      Deliveries
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`${w.enabled ? 'Disable' : 'Enable'} ${w.url}`}
                      onClick={() =>
                        toggle.mutate({ id: w.id, enabled: !w.enabled, version: w.version })
                      }
                    >
                      {w.enabled ? 'Disable' : 'Enable'}
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Rotate the secret of ${w.url}`}
                      onClick={() => setConfirming({ kind: 'rotate', webhook: w })}
                    >
                      Rotate secret
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Delete ${w.url}`}
                      onClick={() => {
                        remove.reset();
                        setConfirming({ kind: 'delete', webhook: w });
                      }}
                    >
                      Delete
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {creating && (
        <WebhookFormDialog
          onClose={() => setCreating(false)}
          onCreated={(value, url) => {
            setCreating(false);
            setNotice(`The webhook to ${url} was created.`);
            setSecret({ title: 'Webhook created', secret: value });
          }}
        />
      )}
      {secret && <SecretDialog {...secret} onClose={() => setSecret(null)} />}
      {viewing && <WebhookDeliveriesDialog webhook={viewing} onClose={() => setViewing(null)} />}
      {confirming && (
        <ConfirmDialog
          title={
            confirming.kind === 'delete'
              ? `Delete the webhook to ${confirming.webhook.url}?`
              : 'Rotate the signing secret?'
          }
          message={
            confirming.kind === 'delete'
              ? 'Nothing more is sent to it, and its delivery log is deleted. This cannot be undone.'
              : 'A new secret signs from now on; the current one keeps signing for 24 hours.'
          }
          confirmLabel={confirming.kind === 'delete' ? 'Delete webhook' : 'Rotate secret'}
          busy={pending.isPending}
          error={pending.isError ? toFormErrors(pending.error).detail : null}
          onCancel={() => setConfirming(null)}
          onConfirm={onConfirm}
        />
      )}
    </Card>
  );
}
