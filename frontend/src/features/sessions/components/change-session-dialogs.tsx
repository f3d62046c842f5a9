import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import type { SessionDetail } from '@/features/sessions/api/get-session';
import { useCancelSession, useRescheduleSession } from '@/features/sessions/api/session-mutations';
import { describeTimeZone, instantToZoned, zonedToInstant } from '@/lib/format-date';
import { toFormErrors } from '@/lib/problem';

/** Move one occurrence; confirms a tentative one. */
export function RescheduleDialog({
  session,
  onClose,
}: {
  session: SessionDetail;
  onClose: () => void;
}) {
  // the date and time inputs show the viewer's wall clock (their zone from /me)
  const start = instantToZoned(session.startsAt);
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [duration, setDuration] = useState(String(session.durationMinutes));
  const reschedule = useRescheduleSession(session.id);
  const errors = reschedule.error ? toFormErrors(reschedule.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    reschedule.mutate(
      {
        startsAt: zonedToInstant(date, time).toISOString(),
        durationMinutes: Number(duration),
        version: session.version,
      },
      { onSuccess: onClose },
    );
  };

  return (
    <Dialog title="Reschedule" onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={errors?.detail} />
        <div className="form-row">
          <TextField
            label="Date"
            type="date"
            required
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={errors?.fieldErrors.startsAt}
          />
          <TextField
            label="Time"
            type="time"
            required
            value={time}
            onChange={(e) => setTime(e.target.value)}
          />
          <TextField
            label="Duration (minutes)"
            type="number"
            required
            min={1}
            max={480}
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
            error={errors?.fieldErrors.durationMinutes}
          />
        </div>
        <p className="muted small">Times are in your time zone: {describeTimeZone()}.</p>
        <div className="dialog-actions">
          <Button onClick={onClose}>Close</Button>
          <Button type="submit" variant="primary" busy={reschedule.isPending}>
            Reschedule
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** Cancel this occurrence, or the whole series from here on. */
export function CancelDialog({
  session,
  onClose,
}: {
  session: SessionDetail;
  onClose: () => void;
}) {
  const [scope, setScope] = useState<'OCCURRENCE' | 'SERIES'>('OCCURRENCE');
  const [reason, setReason] = useState('');
  const cancel = useCancelSession(session.id);
  const errors = cancel.error ? toFormErrors(cancel.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    cancel.mutate(
      { scope, reason: reason || undefined, version: session.version },
      { onSuccess: onClose },
    );
  };

  return (
    <Dialog title="Cancel session" onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={errors?.detail} />
        {session.recurrence !== 'NONE' && (
          <SelectField
            label="Cancel"
            required
            options={[
              { value: 'OCCURRENCE', label: 'Only this occurrence' },
              { value: 'SERIES', label: 'This and all following occurrences' },
            ]}
            value={scope}
            onChange={(e) => setScope(e.target.value as 'OCCURRENCE' | 'SERIES')}
          />
        )}
        <TextField
          label="Reason"
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
          error={errors?.fieldErrors.reason}
        />
        <p className="muted">
          {scope === 'SERIES'
            ? 'This and every later 1:1 in the series are cancelled and leave both calendars. Past 1:1s and their notes are kept.'
            : 'This 1:1 is cancelled for both of you; the rest of the series stays as it is.'}
        </p>
        <div className="dialog-actions">
          <Button onClick={onClose}>Keep it</Button>
          <Button type="submit" variant="danger" busy={cancel.isPending}>
            {scope === 'SERIES' ? 'Cancel the series from here' : 'Cancel this 1:1'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
