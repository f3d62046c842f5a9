import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { Badge, Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import type { AgendaItem } from '@/features/sessions/api/get-session';
import {
  useAddAgendaItem,
  useDeleteAgendaItem,
  useReorderAgenda,
  useUpdateAgendaItem,
} from '@/features/sessions/api/session-mutations';
import { toFormErrors } from '@/lib/problem';
import styles from '@/features/sessions/components/sessions.module.css';

function moved(ids: string[], from: number, to: number): string[] {
  const next = [...ids];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/**
 * The shared agenda: both participants add items; each edits or removes their own; either marks
 * one discussed. Reorder by dragging, or with the move buttons / Alt+Arrow keys on an item.
 */
export function AgendaPanel({
  sessionId,
  items,
  editable,
}: {
  sessionId: string;
  items: AgendaItem[];
  editable: boolean;
}) {
  const add = useAddAgendaItem(sessionId);
  const update = useUpdateAgendaItem(sessionId);
  const remove = useDeleteAgendaItem(sessionId);
  const reorder = useReorderAgenda(sessionId);
  const [title, setTitle] = useState('');
  const [dragged, setDragged] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const error = add.error ?? update.error ?? remove.error ?? reorder.error;
  const ids = items.map((i) => i.id);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return;
    reorder.mutate(moved(ids, from, to));
    setAnnouncement(`Moved "${items[from].title}" to position ${to + 1} of ${items.length}.`);
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (!event.altKey) return;
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(index, index - 1);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(index, index + 1);
    }
  };

  const onAdd = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    add.mutate(title.trim(), { onSuccess: () => setTitle('') });
  };

  return (
    <Card title="Agenda">
      <FormAlert message={error ? toFormErrors(error).detail : null} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {items.length === 0 && (
        <p className="muted">No agenda items yet. Add what you want to talk about.</p>
      )}
      <ol className={styles.agendaList} aria-label="Agenda items">
        {items.map((item, index) => (
          <li
            key={item.id}
            className={
              dragged === index ? `${styles.agendaItem} ${styles.dragging}` : styles.agendaItem
            }
            draggable={editable}
            onDragStart={() => setDragged(index)}
            onDragOver={(e) => editable && e.preventDefault()}
            onDrop={() => {
              if (dragged !== null) move(dragged, index);
              setDragged(null);
            }}
            onDragEnd={() => setDragged(null)}
            onKeyDown={(e) => editable && onKeyDown(e, index)}
          >
            {editable && (
              <span className={styles.dragHandle} aria-hidden="true">
                ⋮⋮
              </span>
            )}
            <label className={styles.agendaCheck}>
              <input
                type="checkbox"
                checked={item.discussed}
                disabled={!editable}
                onChange={(e) =>
                  update.mutate({
                    itemId: item.id,
                    body: { discussed: e.target.checked, version: item.version },
                  })
                }
              />
              <span className={item.discussed ? styles.done : undefined}>{item.title}</span>
            </label>
            <span className={`${styles.agendaMeta} muted small`}>
              {item.carriedOver && <Badge>Carried over</Badge>} {item.author.name}
            </span>
            {editable && (
              <span className={styles.agendaActions}>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move "${item.title}" up`}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move "${item.title}" down`}
                  disabled={index === items.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  ↓
                </button>
                {item.mine && (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove "${item.title}"`}
                    onClick={() => remove.mutate(item.id)}
                  >
                    ×
                  </button>
                )}
              </span>
            )}
          </li>
        ))}
      </ol>
      {editable && (
        <form className={`inline-form ${styles.inlineForm}`} onSubmit={onAdd}>
          <label htmlFor="new-agenda-item" className="visually-hidden">
            New agenda item
          </label>
          <input
            id="new-agenda-item"
            className="input"
            placeholder="Add an agenda item…"
            maxLength={300}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <Button type="submit" size="sm" busy={add.isPending}>
            Add item
          </Button>
        </form>
      )}
      {editable && items.length > 1 && (
        <p className="muted small">Drag items to reorder, or focus one and press Alt+↑ / Alt+↓.</p>
      )}
    </Card>
  );
}
