import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useWebhookDeliveries, type Webhook } from '@/features/webhooks/api/get-webhooks';
import { useRedeliver } from '@/features/webhooks/api/webhook-mutations';
import { formatDateTime } from '@/lib/format-date';
import { toFormErrors } from '@/lib/problem';
import styles from './webhooks.module.css';

type Props = { webhook: Webhook; onClose: () => void };

/** The delivery log of one webhook, newest first, with redelivery. */
export function WebhookDeliveriesDialog({ webhook, onClose }: Props) {
  const [page, setPage] = useState(0);
  const deliveries = useWebhookDeliveries(webhook.id, page);
  const redeliver = useRedeliver();

  return (
    <Dialog title={`Deliveries to ${webhook.url}`} onClose={onClose} wide>
      <FormAlert message={redeliver.isError ? toFormErrors(redeliver.error).detail : null} />
      {deliveries.isPending ? (
        <LoadingState label="Loading deliveries…" />
      ) : deliveries.isError ? (
        <ErrorState title="Deliveries could not be loaded" error={deliveries.error} />
      ) : deliveries.data.items.length === 0 ? (
        <EmptyState title="Nothing sent yet">
          Deliveries appear here as soon as a subscribed event happens.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Deliveries</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last attempt</th>
                <th scope="col">Answer</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deliveries.data.items.map((d) => (
                <tr key={d.id}>
                  <td>
                    <code>{d.eventType}</code>
                    <div className="muted">{formatDateTime(d.createdAt)}</div>
                  </td>
                  <td>
                    <span
                      className={
                        d.status === 'FAILED'
                          ? styles.failed
                          : d.status === 'SUCCEEDED'
                            ? styles.succeeded
                            : undefined
                      }
                    >
                      {d.status.toLowerCase()}
                    </span>
                    {d.nextAttemptAt && (
                      <div className="muted">next {formatDateTime(d.nextAttemptAt)}</div>
                    )}
                  </td>
                  <td>{d.attempts}</td>
                  <td>
                    {d.lastAttemptAt ? formatDateTime(d.lastAttemptAt) : '—'}
                    {d.latencyMs != null && <div className="muted">{d.latencyMs} ms</div>}
                  </td>
                  <td>
                    {d.httpStatus != null ? `HTTP ${d.httpStatus}` : (d.error ?? '—')}
                    {d.response && (
                      <div className={styles.snippet} title={d.response}>
                        {d.response}
                      </div>
                    )}
                  </td>
                  <td className="cell-actions">
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={!webhook.enabled}
                      busy={redeliver.isPending && redeliver.variables?.deliveryId === d.id}
                      aria-label={`Redeliver ${d.eventType} of ${formatDateTime(d.createdAt)}`}
                      onClick={() => redeliver.mutate({ id: webhook.id, deliveryId: d.id })}
                    >
                      Redeliver
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            page={page}
            size={deliveries.data.size}
            total={deliveries.data.total}
            onPageChange={setPage}
            label="Delivery pages"
          />
        </div>
      )}
    </Dialog>
  );
}
