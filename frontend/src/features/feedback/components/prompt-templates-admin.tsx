import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useDeleteTemplate, useSaveTemplate } from '@/features/feedback/api/admin-mutations';
import {
  usePromptTemplates,
  type PromptTemplate,
} from '@/features/feedback/api/get-feedback-options';
import styles from '@/features/feedback/components/feedback-card.module.css';
import { NamedTextDialog } from '@/features/feedback/components/named-text-dialog';
import { useConfirm } from '@/components/ui/use-confirm';

/** Admins write the prompts people use to ask for feedback and to think along when giving it. */
export function PromptTemplatesAdmin() {
  const templates = usePromptTemplates();
  const save = useSaveTemplate();
  const remove = useDeleteTemplate();
  const { confirm, dialog } = useConfirm();
  const [editing, setEditing] = useState<PromptTemplate | 'new' | null>(null);
  return (
    <Card
      title="Feedback prompts"
      actions={
        <Button variant="primary" onClick={() => setEditing('new')}>
          Add prompt
        </Button>
      }
    >
      {dialog}
      {templates.isPending ? (
        <LoadingState />
      ) : templates.isError ? (
        <ErrorState error={templates.error} onRetry={() => templates.refetch()} />
      ) : templates.data.items.length === 0 ? (
        <EmptyState title="No prompts yet">
          Add questions people can ask each other for feedback.
        </EmptyState>
      ) : (
        <ul className={styles.list}>
          {templates.data.items.map((t) => (
            <li key={t.id} className={styles.card}>
              <strong>{t.name}</strong>
              <p>{t.prompt}</p>
              <div className={styles.actions}>
                <Button size="sm" onClick={() => setEditing(t)}>
                  Edit
                </Button>
                <Button
                  size="sm"
                  variant="danger"
                  busy={remove.isPending}
                  onClick={() =>
                    confirm({
                      title: `Delete ${t.name}?`,
                      message:
                        'The prompt template is removed for good; requests already sent keep their text.',
                      confirmLabel: 'Delete template',
                      onConfirm: () => remove.mutate(t.id),
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
          title={editing === 'new' ? 'Add a prompt' : `Edit ${editing.name}`}
          nameLabel="Name"
          textLabel="Question"
          textRequired
          nameMax={120}
          textMax={2000}
          textField="prompt"
          initial={
            editing === 'new'
              ? { name: '', text: '' }
              : { name: editing.name, text: editing.prompt }
          }
          busy={save.isPending}
          onClose={() => setEditing(null)}
          onSave={(form, onError) =>
            save.mutate(
              {
                id: editing === 'new' ? undefined : editing.id,
                body: {
                  name: form.name,
                  prompt: form.text,
                  version: editing === 'new' ? undefined : editing.version,
                },
              },
              { onSuccess: () => setEditing(null), onError },
            )
          }
        />
      )}
    </Card>
  );
}
