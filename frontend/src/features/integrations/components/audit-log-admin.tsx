import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/form-alert';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import {
  downloadAuditCsv,
  useAuditEvents,
  type AuditEvent,
} from '@/features/integrations/api/audit-events';
import { AuditChanges } from '@/features/integrations/components/audit-changes';
import { AuditEntity } from '@/features/integrations/components/audit-entity';
import { AuditFilters } from '@/features/integrations/components/audit-filters';
import {
  NO_FILTERS,
  toAuditQuery,
  type AuditFilterValues,
} from '@/features/integrations/components/audit-query';
import styles from '@/features/integrations/components/integrations.module.css';
import { formatDateTime } from '@/lib/format-date';
import { toFormErrors } from '@/lib/problem';

const PAGE_SIZE = 50;

const ACTOR_KIND: Record<string, string> = {
  PERSON: 'signed in',
  API_TOKEN: 'API token',
  SERVICE_ACCOUNT: 'service account',
};

/** Who changed what, when and from where: filter, page, export exactly what is filtered. */
export function AuditLogAdmin() {
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const [actor, setActor] = useState<{ value: string; label: string } | undefined>();
  const [page, setPage] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const query = toAuditQuery(filters);
  const events = useAuditEvents({ ...query, page, size: PAGE_SIZE });

  const apply = (next: AuditFilterValues) => {
    setFilters(next);
    setPage(0);
  };
  const filterByActor = (event: AuditEvent) => {
    if (!event.actor) return;
    setActor({ value: event.actor.id, label: event.actor.name ?? 'Unknown' });
    apply({ ...filters, actorId: event.actor.id });
  };
  const exportCsv = () => {
    setExporting(true);
    setExportError(null);
    downloadAuditCsv(query)
      .catch((error) => setExportError(toFormErrors(error).detail))
      .finally(() => setExporting(false));
  };

  return (
    <Card
      title="Audit log"
      actions={
        <Button onClick={exportCsv} busy={exporting}>
          Export CSV
        </Button>
      }
    >
      <AuditFilters key={JSON.stringify(filters)} value={filters} actor={actor} onApply={apply} />
      <FormAlert message={exportError} />
      {events.isPending ? (
        <LoadingState label="Loading the audit log…" />
      ) : events.isError ? (
        <ErrorState
          title="The audit log could not be loaded"
          error={events.error}
          onRetry={() => events.refetch()}
        />
      ) : events.data.items.length === 0 ? (
        <EmptyState title="No events match">
          Every write through the API is recorded here; try wider filters.
        </EmptyState>
      ) : (
        <>
          <div className="table-wrap">
            <table className={`table ${styles.audit}`}>
              <caption className="visually-hidden">Audit events, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">Resource</th>
                  <th scope="col">Changes</th>
                </tr>
              </thead>
              <tbody>
                {events.data.items.map((event) => (
                  <AuditRow key={event.id} event={event} onActor={filterByActor} />
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={events.data.page}
            size={events.data.size}
            total={events.data.total}
            onPageChange={setPage}
            label="Audit log pages"
          />
        </>
      )}
    </Card>
  );
}

function AuditRow({ event, onActor }: { event: AuditEvent; onActor: (e: AuditEvent) => void }) {
  return (
    <tr>
      <td>
        {formatDateTime(event.occurredAt)}
        {event.clientAddress && <div className="muted small">from {event.clientAddress}</div>}
      </td>
      <td>
        {event.actor ? (
          <button
            type="button"
            className={styles.linkButton}
            title="Show only this actor's events"
            onClick={() => onActor(event)}
          >
            {event.actor.name}
          </button>
        ) : (
          '—'
        )}
        <div className="muted small">{ACTOR_KIND[event.actorKind] ?? event.actorKind}</div>
      </td>
      <td>
        <code>{event.action}</code>
      </td>
      <td>
        <AuditEntity event={event} />
      </td>
      <td>
        <AuditChanges changes={event.changes} />
      </td>
    </tr>
  );
}
