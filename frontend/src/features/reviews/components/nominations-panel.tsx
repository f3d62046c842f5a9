import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { LoadingState } from '@/components/ui/states';
import type { Review } from '@/features/reviews/api/get-review';
import { usePeopleChoices } from '@/features/reviews/api/get-review-options';
import { useChangeNominations, useNominations } from '@/features/reviews/api/nominations';
import { toFormErrors } from '@/lib/problem';
import styles from '@/features/reviews/components/reviews.module.css';

/** 360 peers: the reviewee picks them, the manager changes or approves them. */
export function NominationsPanel({ review }: { review: Review }) {
  const nominations = useNominations(review.id);
  const canEdit = review.permissions.canNominate || review.permissions.canApproveNominations;
  const people = usePeopleChoices(canEdit);
  const change = useChangeNominations(review.id);
  const [picked, setPicked] = useState<string[] | null>(null);
  const [filter, setFilter] = useState('');
  const [notice, setNotice] = useState<string | null>(null);

  if (nominations.isPending) return <LoadingState label="Loading peers…" />;
  if (nominations.isError) return null;
  const data = nominations.data;
  const selected = picked ?? data.peers.map((p) => p.id);
  const approver = review.permissions.canApproveNominations;
  const excluded = new Set([review.reviewee.id, review.manager?.id]);
  const candidates = (people.data?.items ?? [])
    .filter((p) => !excluded.has(p.id))
    .filter((p) => p.name.toLowerCase().includes(filter.trim().toLowerCase()));

  const send = (approve: boolean) =>
    change.mutate(
      { approve, peerIds: selected, version: review.version },
      {
        onSuccess: () => {
          setPicked(null);
          setNotice(approve ? 'Peers approved.' : 'Peers sent to the manager for approval.');
        },
      },
    );

  return (
    <Card title="Peers">
      <FormAlert message={notice} tone="info" />
      <p className="muted small">
        {data.state === 'APPROVED'
          ? 'Approved: these peers answer the peer questions anonymously.'
          : `Choose ${data.minPeers} to ${data.maxPeers} peers. Their answers are shown only as an anonymous summary.`}
      </p>
      {data.peers.length > 0 && (
        <ul className={styles.peopleChips} aria-label="Nominated peers">
          {data.peers.map((p) => (
            <li key={p.id} className="badge badge-neutral">
              {p.name}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <div className="stack">
          <TextField
            label="Find people"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            required
          />
          <fieldset className={`field fieldset ${styles.peerPicker}`}>
            <legend className="field-label">
              Peers ({selected.length} of {data.maxPeers} at most)
            </legend>
            {candidates.slice(0, 40).map((person) => (
              <label key={person.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={selected.includes(person.id)}
                  onChange={(e) =>
                    setPicked(
                      e.target.checked
                        ? [...selected, person.id]
                        : selected.filter((id) => id !== person.id),
                    )
                  }
                />
                {person.name}
              </label>
            ))}
          </fieldset>
          <FormAlert
            message={
              change.isError
                ? (toFormErrors(change.error).detail ?? null) +
                  ' ' +
                  Object.values(toFormErrors(change.error).fieldErrors).join(' ')
                : null
            }
          />
          <div className="button-row">
            {review.permissions.canNominate && (
              <Button variant="primary" busy={change.isPending} onClick={() => send(false)}>
                Send peers for approval
              </Button>
            )}
            {approver && (
              <Button variant="primary" busy={change.isPending} onClick={() => send(true)}>
                Approve peers
              </Button>
            )}
          </div>
        </div>
      )}
    </Card>
  );
}
