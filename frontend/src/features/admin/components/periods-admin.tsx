import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Badge, Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { usePeriods, type Period } from '@/features/admin/api/get-periods';
import { useDeletePeriod } from '@/features/admin/api/period-mutations';
import { PeriodFormDialog } from '@/features/admin/components/period-form-dialog';
import { toFormErrors } from '@/lib/problem';
import { formatDate } from '@/lib/format-date';

export function PeriodsAdmin() {
  const periods = usePeriods();
  const remove = useDeletePeriod();
  const [editing, setEditing] = useState<{ period?: Period } | null>(null);
  const [deleting, setDeleting] = useState<Period | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Card
      title="Periods"
      actions={
        <Button variant="primary" onClick={() => setEditing({})}>
          New period
        </Button>
      }
    >
      <FormAlert message={notice} tone="info" />
      {periods.isPending ? (
        <LoadingState label="Loading periods…" />
      ) : periods.isError ? (
        <ErrorState
          title="Periods could not be loaded"
          error={periods.error}
          onRetry={() => periods.refetch()}
        />
      ) : periods.data.items.length === 0 ? (
        <EmptyState title="No periods yet">
          Create a period such as a quarter or a fiscal year.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Periods</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Starts</th>
                <th scope="col">Ends</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {periods.data.items.map((period) => (
                <tr key={period.id}>
                  <td>
                    {period.name} {period.current && <Badge tone="accent">Current</Badge>}
                  </td>
                  <td>{formatDate(period.startDate)}</td>
                  <td>{formatDate(period.endDate)}</td>
                  <td className="cell-actions">
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Edit ${period.name}`}
                      onClick={() => setEditing({ period })}
                    >
                      Edit
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Delete ${period.name}`}
                      onClick={() => {
                        remove.reset();
                        setDeleting(period);
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
      {editing && (
        <PeriodFormDialog
          period={editing.period}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setNotice(editing.period ? `${name} was updated.` : `${name} was created.`);
            setEditing(null);
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete ${deleting.name}?`}
          message="This cannot be undone."
          confirmLabel="Delete period"
          busy={remove.isPending}
          error={remove.isError ? toFormErrors(remove.error).detail : null}
          onCancel={() => setDeleting(null)}
          onConfirm={() =>
            remove.mutate(deleting.id, {
              onSuccess: () => {
                setNotice(`${deleting.name} was deleted.`);
                setDeleting(null);
              },
            })
          }
        />
      )}
    </Card>
  );
}
