import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { NotesConflict } from '@/features/sessions/components/notes-conflict';
import { toFormErrors } from '@/lib/problem';
import { useAutosave, type Versioned } from '@/lib/use-autosave';
import styles from '@/features/sessions/components/notes-editor.module.css';

type NotesEditorProps = {
  id: string;
  label: string;
  server: Versioned;
  editable: boolean;
  save: (body: string, version: number | null | undefined) => Promise<Versioned>;
  /** Reads what the server has now, to settle a conflict. */
  loadLatest: () => Promise<Versioned>;
};

const STATUS_TEXT = {
  idle: '',
  pending: 'Unsaved changes…',
  saving: 'Saving…',
  saved: 'Saved',
  conflict: 'Not saved: changed by someone else',
  error: 'Not saved',
} as const;

/** A notes text area that saves itself as you type (see useAutosave). */
export function NotesEditor({ id, label, server, editable, save, loadLatest }: NotesEditorProps) {
  const notes = useAutosave({ server, save });
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        className={`input ${styles.notesInput}`}
        rows={6}
        value={notes.body}
        readOnly={!editable}
        onChange={(e) => notes.setBody(e.target.value)}
        onBlur={() => notes.status !== 'conflict' && void notes.flush()}
      />
      {editable && (
        <p className={styles.status} role="status" aria-live="polite" data-status={notes.status}>
          {STATUS_TEXT[notes.status]}
        </p>
      )}
      {notes.status === 'error' && (
        <>
          <FormAlert message={toFormErrors(notes.error).detail} />
          <div className="button-row">
            <Button size="sm" onClick={() => void notes.flush()}>
              Try again
            </Button>
          </div>
        </>
      )}
      {notes.status === 'conflict' && (
        <NotesConflict label={label} loadLatest={loadLatest} onResolve={notes.resolve} />
      )}
    </>
  );
}
