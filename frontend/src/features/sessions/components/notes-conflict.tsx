import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { toFormErrors } from '@/lib/problem';
import type { Versioned } from '@/lib/use-autosave';
import styles from '@/features/sessions/components/notes-editor.module.css';

type NotesConflictProps = {
  label: string;
  loadLatest: () => Promise<Versioned>;
  onResolve: (latest: Versioned, keep: 'mine' | 'theirs') => Promise<void>;
};

/** Both participants typed: show theirs next to ours (kept on screen), and let the person pick. */
export function NotesConflict({ label, loadLatest, onResolve }: NotesConflictProps) {
  const [latest, setLatest] = useState<Versioned | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    loadLatest().then(
      (notes) => current && setLatest(notes),
      (failure) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [loadLatest]);

  return (
    <div className={styles.conflict} role="alert">
      <p>
        <strong>Someone else saved these {label.toLowerCase()} while you were typing.</strong> Your
        text is still in the box above and has not been saved.
      </p>
      <FormAlert message={error ? toFormErrors(error).detail : null} />
      {latest && (
        <>
          <p>Their version:</p>
          <pre className={styles.theirs}>{latest.body || '(empty)'}</pre>
          <div className="button-row">
            <Button variant="primary" size="sm" onClick={() => void onResolve(latest, 'mine')}>
              Keep my text
            </Button>
            <Button size="sm" onClick={() => void onResolve(latest, 'theirs')}>
              Use their version
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
