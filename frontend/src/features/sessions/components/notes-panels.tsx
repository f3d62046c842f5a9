import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/form-alert';
import { LoadingState } from '@/components/ui/states';
import type { SessionDetail } from '@/features/sessions/api/get-session';
import { usePrivateNote } from '@/features/sessions/api/get-private-note';
import { useSaveSharedNotes, useSavePrivateNote } from '@/features/sessions/api/session-mutations';
import { formatWhen } from '@/features/sessions/components/format';
import { toFormErrors } from '@/lib/problem';

function NotesEditor({
  id,
  label,
  initial,
  version,
  editable,
  save,
  busy,
  error,
}: {
  id: string;
  label: string;
  initial: string;
  version: number | null | undefined;
  editable: boolean;
  save: (body: string, version: number | null | undefined) => void;
  busy: boolean;
  error: unknown;
}) {
  const [body, setBody] = useState(initial);
  return (
    <>
      <FormAlert message={error ? toFormErrors(error).detail : null} />
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        className="input notes-input"
        rows={6}
        value={body}
        readOnly={!editable}
        onChange={(e) => setBody(e.target.value)}
      />
      {editable && (
        <div className="button-row">
          <Button
            size="sm"
            busy={busy}
            disabled={body === initial}
            onClick={() => save(body, version)}
          >
            Save {label.toLowerCase()}
          </Button>
        </div>
      )}
    </>
  );
}

export function SharedNotesPanel({
  session,
  editable,
}: {
  session: SessionDetail;
  editable: boolean;
}) {
  const save = useSaveSharedNotes(session.id);
  const notes = session.sharedNotes;
  return (
    <Card title="Shared notes">
      <p className="muted small">
        Both of you see these.
        {notes?.updatedBy && notes.updatedAt && (
          <>
            {' '}
            Last saved by {notes.updatedBy.name}, {formatWhen(notes.updatedAt)}.
          </>
        )}
      </p>
      <NotesEditor
        key={`${notes?.version ?? 'new'}`}
        id="shared-notes"
        label="Shared notes"
        initial={notes?.body ?? ''}
        version={notes?.version}
        editable={editable}
        busy={save.isPending}
        error={save.error}
        save={(body, version) => save.mutate({ body, version })}
      />
    </Card>
  );
}

/** The caller's own notes: a clearly separate panel, never shown to anyone else. */
export function PrivateNotesPanel({
  sessionId,
  editable,
}: {
  sessionId: string;
  editable: boolean;
}) {
  const note = usePrivateNote(sessionId, true);
  const save = useSavePrivateNote(sessionId);
  return (
    <Card className="private-notes" title="Private notes">
      <p className="private-notes-hint">
        <strong>Only you can see this.</strong> The other participant and admins never see these
        notes, or that they exist.
      </p>
      {note.isPending ? (
        <LoadingState label="Loading your notes…" />
      ) : (
        <NotesEditor
          key={`${note.data?.version ?? 'new'}`}
          id="private-notes"
          label="Private notes"
          initial={note.data?.body ?? ''}
          version={note.data?.version}
          editable={editable}
          busy={save.isPending}
          error={save.error ?? note.error}
          save={(body, version) => save.mutate({ body, version })}
        />
      )}
    </Card>
  );
}
