import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { LoadingState } from '@/components/ui/states';
import {
  useRemindCycle,
  useRemindPreview,
  type RemindPreview,
  type RemindResult,
} from '@/features/reviews/api/remind-now';
import { toFormErrors } from '@/lib/problem';

const SHOWN = 8;

/** "Remind now": names who will be reminded before it reminds them (each once an hour at most). */
export function RemindNow({ cycleId }: { cycleId: string }) {
  const [open, setOpen] = useState(false);
  const preview = useRemindPreview(cycleId, open);
  const remind = useRemindCycle();
  const people = preview.data?.people ?? [];
  return (
    <>
      <Button
        size="sm"
        onClick={() => {
          remind.reset();
          setOpen(true);
        }}
      >
        Remind now
      </Button>
      <FormAlert tone="info" message={remind.data ? resultText(remind.data) : null} />
      {open && (
        <ConfirmDialog
          title="Remind the people who are late?"
          tone="primary"
          confirmLabel={people.length > 0 ? `Remind ${count(people.length)}` : 'Nothing to remind'}
          busy={remind.isPending || preview.isPending}
          error={
            preview.isError
              ? toFormErrors(preview.error).detail
              : remind.isError
                ? toFormErrors(remind.error).detail
                : null
          }
          message={
            preview.isPending ? (
              <LoadingState label="Finding who is late…" />
            ) : (
              <Late people={people} />
            )
          }
          onCancel={() => setOpen(false)}
          onConfirm={() =>
            people.length === 0
              ? setOpen(false)
              : remind.mutate(cycleId, { onSuccess: () => setOpen(false) })
          }
        />
      )}
    </>
  );
}

function Late({ people }: { people: RemindPreview['people'] }) {
  if (people.length === 0) return <p>Everyone has written their part: nobody is late.</p>;
  return (
    <>
      <p>
        {count(people.length)} will get a reminder in Cairn (and by e-mail if they chose reminder
        e-mails). Anyone reminded of the same review in the last hour is skipped.
      </p>
      <ul>
        {people.slice(0, SHOWN).map((late) => (
          <li key={late.person.id}>
            <strong>{late.person.name}</strong>: {late.parts.join(', ')}
          </li>
        ))}
      </ul>
      {people.length > SHOWN && <p className="muted">and {people.length - SHOWN} more.</p>}
    </>
  );
}

function count(n: number) {
  return n === 1 ? '1 person' : `${n} people`;
}

function resultText({ reminded, skipped }: RemindResult) {
  const done = reminded === 1 ? '1 reminder sent' : `${reminded} reminders sent`;
  return skipped > 0 ? `${done}; ${skipped} skipped (reminded within the last hour).` : `${done}.`;
}
