import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Badge, Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useDeleteAgendaTemplate } from '@/features/sessions/api/agenda-template-mutations';
import {
  useAgendaTemplates,
  type TemplatesPage,
} from '@/features/sessions/api/get-schedule-options';
import { AgendaTemplateDialog } from '@/features/sessions/components/agenda-template-dialog';
import { toFormErrors } from '@/lib/problem';
import styles from '@/features/sessions/components/sessions.module.css';

type Template = TemplatesPage['items'][number];

/** The organization's standard agenda templates and the caller's own: list, create, edit, delete. */
export function AgendaTemplatesCard({ isAdmin }: { isAdmin: boolean }) {
  const templates = useAgendaTemplates();
  const remove = useDeleteAgendaTemplate();
  const [editing, setEditing] = useState<{ template?: Template } | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  return (
    <Card
      title="Agenda templates"
      actions={
        <Button size="sm" onClick={() => setEditing({})}>
          New template
        </Button>
      }
    >
      {templates.isPending ? (
        <LoadingState label="Loading templates…" />
      ) : templates.isError ? (
        <ErrorState error={templates.error} onRetry={() => templates.refetch()} />
      ) : templates.data.items.length === 0 ? (
        <EmptyState title="No templates yet">
          A template fills a new 1:1&apos;s agenda with the items you always discuss.
        </EmptyState>
      ) : (
        <ul className={styles.sessionList}>
          {templates.data.items.map((template) => (
            <li key={template.id} className={`${styles.row} ${styles.rowStacked}`}>
              <div className={styles.rowMain}>
                <span>{template.name}</span>
                <span className="muted small">
                  {template.items.length} {template.items.length === 1 ? 'item' : 'items'}:{' '}
                  {template.items.slice(0, 2).join(' · ')}
                  {template.items.length > 2 ? ' …' : ''}
                </span>
              </div>
              <div className={styles.rowBadges}>
                <Badge tone={template.scope === 'ORGANIZATION' ? 'accent' : 'muted'}>
                  {template.scope === 'ORGANIZATION' ? 'Organization' : 'Mine'}
                </Badge>
                {template.editable && (
                  <>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Edit ${template.name}`}
                      onClick={() => setEditing({ template })}
                    >
                      Edit
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Delete ${template.name}`}
                      onClick={() => {
                        remove.reset();
                        setDeleting(template);
                      }}
                    >
                      Delete
                    </Button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <AgendaTemplateDialog
          template={editing.template}
          isAdmin={isAdmin}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete “${deleting.name}”?`}
          message={
            deleting.scope === 'ORGANIZATION'
              ? 'Nobody in the organization can pick it any more. 1:1s already scheduled with it keep their agenda.'
              : 'You can no longer pick it. 1:1s already scheduled with it keep their agenda.'
          }
          confirmLabel="Delete template"
          busy={remove.isPending}
          error={remove.isError ? toFormErrors(remove.error).detail : null}
          onConfirm={() => remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
          onCancel={() => setDeleting(null)}
        />
      )}
    </Card>
  );
}
