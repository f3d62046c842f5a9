import { useState, type FormEvent } from 'react';
import { Badge, Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import type { ActionItem, SessionDetail } from '@/features/sessions/api/get-session';
import { useAddActionItem, useUpdateActionItem } from '@/features/sessions/api/session-mutations';
import { toFormErrors } from '@/lib/problem';
import { ActionItemDialog } from '@/features/sessions/components/action-item-dialog';
import { formatDate, todayIso } from '@/lib/format-date';
import styles from '@/features/sessions/components/sessions.module.css';

/** Action items: a title, an assignee (one of the two participants), a due date, done. */
export function ActionItemsPanel({
  session,
  editable,
}: {
  session: SessionDetail;
  editable: boolean;
}) {
  const add = useAddActionItem(session.id);
  const update = useUpdateActionItem(session.id);
  const [title, setTitle] = useState('');
  const [assigneeId, setAssigneeId] = useState(session.participants[1]?.id ?? '');
  const [dueDate, setDueDate] = useState('');
  const [editing, setEditing] = useState<ActionItem | null>(null);
  const error = add.error ?? update.error;
  const today = todayIso();

  const onAdd = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    add.mutate(
      { title: title.trim(), assigneeId, dueDate: dueDate || undefined },
      {
        onSuccess: () => {
          setTitle('');
          setDueDate('');
        },
      },
    );
  };

  return (
    <Card title="Action items">
      <FormAlert message={error ? toFormErrors(error).detail : null} />
      {session.actionItems.length === 0 && <p className="muted">No action items.</p>}
      <ul className={styles.actionList}>
        {session.actionItems.map((item) => (
          <li key={item.id} className={styles.actionItem}>
            <label className={styles.agendaCheck}>
              <input
                type="checkbox"
                checked={item.done}
                disabled={!editable || item.carriedForward}
                onChange={(e) =>
                  update.mutate({
                    itemId: item.id,
                    body: { done: e.target.checked, version: item.version },
                  })
                }
              />
              <span className={item.done ? styles.done : undefined}>{item.title}</span>
            </label>
            <span className="muted small">
              {item.assignee.name}
              {item.dueDate && <> · due {formatDate(item.dueDate)}</>}
            </span>
            {!item.done && item.dueDate && item.dueDate < today && (
              <span className={`badge ${styles.overdue}`}>Overdue</span>
            )}
            {item.carriedOver && <Badge>Carried over</Badge>}
            {item.carriedForward && <Badge tone="muted">Moved to next 1:1</Badge>}
            {editable && !item.carriedForward && (
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Edit "${item.title}"`}
                onClick={() => setEditing(item)}
              >
                Edit
              </Button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <form className={`inline-form ${styles.inlineForm} ${styles.actionForm}`} onSubmit={onAdd}>
          <label htmlFor="new-action" className="visually-hidden">
            New action item
          </label>
          <input
            id="new-action"
            className="input"
            placeholder="Add an action item…"
            maxLength={300}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <label htmlFor="new-action-assignee" className="visually-hidden">
            Assignee
          </label>
          <select
            id="new-action-assignee"
            className="input"
            value={assigneeId}
            onChange={(e) => setAssigneeId(e.target.value)}
          >
            {session.participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <label htmlFor="new-action-due" className="visually-hidden">
            Due date
          </label>
          <input
            id="new-action-due"
            className="input"
            type="date"
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
          />
          <Button type="submit" size="sm" busy={add.isPending}>
            Add action
          </Button>
        </form>
      )}
      {editing && (
        <ActionItemDialog session={session} item={editing} onClose={() => setEditing(null)} />
      )}
    </Card>
  );
}
