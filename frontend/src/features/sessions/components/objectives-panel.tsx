import { useState, type FormEvent } from 'react';
import { Badge, Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useObjectiveOptions } from '@/features/sessions/api/get-objective-options';
import type { SessionDetail, LinkedObjective } from '@/features/sessions/api/get-session';
import { useLinkObjective, useUnlinkObjective } from '@/features/sessions/api/session-mutations';
import { toFormErrors } from '@/lib/problem';
import styles from '@/features/sessions/components/sessions.module.css';

const HEALTH: Record<LinkedObjective['health'], string> = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
};
const HEALTH_TONES: Record<LinkedObjective['health'], string> = {
  ON_TRACK: styles.onTrack,
  AT_RISK: styles.atRisk,
  OFF_TRACK: styles.offTrack,
};

function LinkObjectiveForm({ session }: { session: SessionDetail }) {
  const options = useObjectiveOptions(
    session.participants.map((p) => p.id),
    true,
  );
  const link = useLinkObjective(session.id);
  const [objectiveId, setObjectiveId] = useState('');
  const linked = new Set(session.objectives.map((o) => o.id));
  const available = (options.data ?? []).filter((o) => !linked.has(o.id));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (objectiveId) link.mutate(objectiveId, { onSuccess: () => setObjectiveId('') });
  };

  if (available.length === 0) return null;
  return (
    <form className={`inline-form ${styles.inlineForm}`} onSubmit={onSubmit}>
      <FormAlert message={link.error ? toFormErrors(link.error).detail : null} />
      <label htmlFor="link-objective" className="visually-hidden">
        Objective to discuss
      </label>
      <select
        id="link-objective"
        className="input"
        value={objectiveId}
        onChange={(e) => setObjectiveId(e.target.value)}
      >
        <option value="">Link an objective…</option>
        {available.map((o) => (
          <option key={o.id} value={o.id}>
            {o.title} ({o.owner.name})
          </option>
        ))}
      </select>
      <Button type="submit" size="sm" busy={link.isPending} disabled={!objectiveId}>
        Link
      </Button>
    </form>
  );
}

/** Objectives discussed, with their live progress and health (only those the viewer may see). */
export function ObjectivesPanel({
  session,
  editable,
}: {
  session: SessionDetail;
  editable: boolean;
}) {
  const unlink = useUnlinkObjective(session.id);
  const objectives = session.objectives;
  return (
    <Card title="Objectives discussed">
      {objectives.length === 0 ? (
        <p className="muted">No objectives linked.</p>
      ) : (
        <ul className={styles.objectiveList}>
          {objectives.map((o) => (
            <li key={o.id}>
              <div className={styles.objectiveLine}>
                <span>{o.title}</span>
                <span className={`badge ${HEALTH_TONES[o.health]}`}>{HEALTH[o.health]}</span>
              </div>
              <div className="muted small">
                {o.owner.name} {o.status !== 'ACTIVE' && <Badge tone="muted">{o.status}</Badge>}
                {editable && (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Unlink "${o.title}"`}
                    onClick={() => unlink.mutate(o.id)}
                  >
                    ×
                  </button>
                )}
              </div>
              <div
                className={styles.progress}
                role="progressbar"
                aria-label={`${o.title} progress`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Number(o.progress)}
              >
                <span style={{ width: `${Number(o.progress)}%` }} />
              </div>
              <span className="small">{Math.round(Number(o.progress))}%</span>
            </li>
          ))}
        </ul>
      )}
      {editable && <LinkObjectiveForm session={session} />}
    </Card>
  );
}
