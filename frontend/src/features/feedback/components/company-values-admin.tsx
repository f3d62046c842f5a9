import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Badge, Card } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/form-alert';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useDeleteValue, useSaveValue } from '@/features/feedback/api/admin-mutations';
import { useCompanyValues, type CompanyValue } from '@/features/feedback/api/get-feedback-options';
import styles from '@/features/feedback/components/feedback-card.module.css';
import { NamedTextDialog } from '@/features/feedback/components/named-text-dialog';
import { toFormErrors } from '@/lib/problem';
import { useConfirm } from '@/components/ui/use-confirm';

/** Admins define the company values feedback and praise are tagged with; used ones are archived, not deleted. */
export function CompanyValuesAdmin() {
  const values = useCompanyValues(true);
  const save = useSaveValue();
  const remove = useDeleteValue();
  const { confirm, dialog } = useConfirm();
  const [editing, setEditing] = useState<CompanyValue | 'new' | null>(null);
  const body = (
    v: CompanyValue,
    changes: Partial<{ name: string; description: string; archived: boolean }>,
  ) => ({
    name: v.name,
    description: v.description ?? undefined,
    archived: v.archived,
    position: v.position,
    version: v.version,
    ...changes,
  });
  return (
    <Card
      title="Company values"
      actions={
        <Button variant="primary" onClick={() => setEditing('new')}>
          Add value
        </Button>
      }
    >
      {dialog}
      <FormAlert message={toFormErrors(remove.error ?? save.error).detail} />
      {values.isPending ? (
        <LoadingState />
      ) : values.isError ? (
        <ErrorState error={values.error} onRetry={() => values.refetch()} />
      ) : values.data.items.length === 0 ? (
        <EmptyState title="No values yet">
          Add the values people can tag feedback and praise with.
        </EmptyState>
      ) : (
        <ul className={styles.list}>
          {values.data.items.map((v) => (
            <li key={v.id} className={styles.card}>
              <div className={styles.header}>
                <strong>{v.name}</strong>
                {v.archived && <Badge tone="muted">Archived</Badge>}
              </div>
              {v.description && <p className={styles.meta}>{v.description}</p>}
              <div className={styles.actions}>
                <Button size="sm" onClick={() => setEditing(v)}>
                  Edit
                </Button>
                <Button
                  size="sm"
                  onClick={() =>
                    save.mutate({ id: v.id, body: body(v, { archived: !v.archived }) })
                  }
                >
                  {v.archived ? 'Restore' : 'Archive'}
                </Button>
                <Button
                  size="sm"
                  variant="danger"
                  onClick={() =>
                    confirm({
                      title: `Delete ${v.name}?`,
                      message:
                        'The value is removed for good. A value already used on feedback cannot be deleted: archive it instead.',
                      confirmLabel: 'Delete value',
                      onConfirm: () => remove.mutate(v.id),
                    })
                  }
                >
                  Delete
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <NamedTextDialog
          title={editing === 'new' ? 'Add a company value' : `Edit ${editing.name}`}
          nameLabel="Name"
          textLabel="What it means"
          textRequired={false}
          nameMax={80}
          textMax={500}
          textField="description"
          initial={
            editing === 'new'
              ? { name: '', text: '' }
              : { name: editing.name, text: editing.description ?? '' }
          }
          busy={save.isPending}
          onClose={() => setEditing(null)}
          onSave={(form, onError) =>
            save.mutate(
              editing === 'new'
                ? { body: { name: form.name, description: form.text || undefined } }
                : {
                    id: editing.id,
                    body: body(editing, { name: form.name, description: form.text }),
                  },
              { onSuccess: () => setEditing(null), onError },
            )
          }
        />
      )}
    </Card>
  );
}
