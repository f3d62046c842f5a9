import { useCallback } from 'react';
import { Card } from '@/components/ui/card';
import { LoadingState } from '@/components/ui/states';
import type { SessionDetail } from '@/features/sessions/api/get-session';
import { getPrivateNote, usePrivateNote } from '@/features/sessions/api/get-private-note';
import { getSharedNotes } from '@/features/sessions/api/get-shared-notes';
import { useSaveSharedNotes, useSavePrivateNote } from '@/features/sessions/api/session-mutations';
import { formatWhen } from '@/features/sessions/components/format';
import { NotesEditor } from '@/features/sessions/components/notes-editor';
import styles from '@/features/sessions/components/sessions.module.css';

export function SharedNotesPanel({
  session,
  editable,
}: {
  session: SessionDetail;
  editable: boolean;
}) {
  const save = useSaveSharedNotes(session.id);
  const notes = session.sharedNotes;
  const loadLatest = useCallback(() => getSharedNotes(session.id), [session.id]);
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
        id="shared-notes"
        label="Shared notes"
        server={{ body: notes?.body ?? '', version: notes?.version }}
        editable={editable}
        save={(body, version) => save.mutateAsync({ body, version })}
        loadLatest={loadLatest}
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
  const loadLatest = useCallback(() => getPrivateNote(sessionId), [sessionId]);
  return (
    <Card className={styles.privateNotes} title="Private notes">
      <p className={styles.privateNotesHint}>
        <strong>Only you can see this.</strong> The other participant and admins never see these
        notes, or that they exist.
      </p>
      {note.isPending ? (
        <LoadingState label="Loading your notes…" />
      ) : (
        <NotesEditor
          id="private-notes"
          label="Private notes"
          server={{ body: note.data?.body ?? '', version: note.data?.version }}
          editable={editable}
          save={(body, version) => save.mutateAsync({ body, version })}
          loadLatest={loadLatest}
        />
      )}
    </Card>
  );
}
