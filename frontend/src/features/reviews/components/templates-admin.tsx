import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Badge, Card } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/form-alert';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import {
  useCopyTemplate,
  useTemplates,
  type Template,
} from '@/features/reviews/api/review-templates';
import { TemplateEditorDialog } from '@/features/reviews/components/template-editor/template-editor-dialog';

/** Admin: review templates; one in use by a launched cycle is copied rather than edited. */
export function TemplatesAdmin() {
  const templates = useTemplates();
  const copy = useCopyTemplate();
  const [editing, setEditing] = useState<{ template?: Template } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Card
      title="Review templates"
      actions={
        <Button variant="primary" onClick={() => setEditing({})}>
          New template
        </Button>
      }
    >
      <FormAlert message={notice} tone="info" />
      {templates.isPending ? (
        <LoadingState label="Loading templates…" />
      ) : templates.isError ? (
        <ErrorState title="Templates could not be loaded" error={templates.error} />
      ) : templates.data.items.length === 0 ? (
        <EmptyState title="No templates yet" />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Review templates</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Questions</th>
                <th scope="col">Scale</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {templates.data.items.map((t) => (
                <tr key={t.id}>
                  <td>
                    {t.name} {t.inUse && <Badge tone="muted">In use</Badge>}
                  </td>
                  <td>{t.sections.reduce((n, s) => n + s.questions.length, 0)}</td>
                  <td>
                    {t.scale[0]?.value}–{t.scale[t.scale.length - 1]?.value}
                  </td>
                  <td className="cell-actions">
                    {!t.inUse && (
                      <Button size="sm" variant="ghost" onClick={() => setEditing({ template: t })}>
                        Edit
                      </Button>
                    )}
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() =>
                        copy.mutate(t.id, { onSuccess: () => setNotice(`${t.name} was copied.`) })
                      }
                    >
                      Copy
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <TemplateEditorDialog
          template={editing.template}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setNotice('The template was saved.');
            setEditing(null);
          }}
        />
      )}
    </Card>
  );
}
