import type { FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { SearchSelectField } from '@/components/ui/search-select-field';
import { useAgendaTemplates, usePeopleOptions } from '@/features/sessions/api/get-schedule-options';
import { useScheduleSession } from '@/features/sessions/api/session-mutations';
import { ExistingSeriesNotice } from '@/features/sessions/components/existing-series-notice';
import { KIND_LABELS, RECURRENCE_LABELS } from '@/features/sessions/components/format';
import { withOptions } from '@/features/sessions/components/with-options';
import { describeTimeZone, instantToZoned, zonedToInstant } from '@/lib/format-date';
import { useForm } from '@/lib/use-form';
import { useUnsavedChangesGuard } from '@/components/ui/use-unsaved-changes-guard';

const scheduleSchema = z
  .object({
    withId: z.string().min(1, 'Choose who you meet.'),
    kind: z.enum(['ONE_TO_ONE', 'CHECK_IN', 'APPRAISAL_MEETING']),
    title: z.string().trim().max(200, 'Use at most 200 characters.'),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a date.'),
    time: z.string().regex(/^\d{2}:\d{2}$/, 'Choose a time.'),
    durationMinutes: z
      .string()
      .regex(/^\d+$/, 'Use whole minutes.')
      .transform(Number)
      .pipe(
        z
          .number()
          .min(1, 'Use more than 0 minutes.')
          .max(480, 'Use at most 8 hours (480 minutes).'),
      ),
    recurrence: z.enum(['NONE', 'WEEKLY', 'FORTNIGHTLY', 'MONTHLY']),
    templateId: z.string(),
  })
  .refine((v) => zonedToInstant(v.date, v.time).getTime() > Date.now(), {
    path: ['date'],
    message: 'Choose a time in the future.',
  });

type Values = {
  withId: string;
  kind: 'ONE_TO_ONE' | 'CHECK_IN' | 'APPRAISAL_MEETING';
  title: string;
  date: string;
  time: string;
  durationMinutes: string;
  recurrence: 'NONE' | 'WEEKLY' | 'FORTNIGHTLY' | 'MONTHLY';
  templateId: string;
};

type Props = {
  meId: string;
  withId?: string;
  onClose: () => void;
  onScheduled: (sessionId: string) => void;
};

function tomorrow(): string {
  return instantToZoned(Date.now() + 24 * 3600 * 1000).date;
}

export function ScheduleSessionDialog({ meId, withId, onClose, onScheduled }: Props) {
  const people = usePeopleOptions();
  const templates = useAgendaTemplates();
  const schedule = useScheduleSession();
  const form = useForm<Values, z.output<typeof scheduleSchema>>(scheduleSchema, {
    withId: withId ?? '',
    kind: 'ONE_TO_ONE',
    title: '',
    date: tomorrow(),
    time: '10:00',
    durationMinutes: '30',
    recurrence: 'FORTNIGHTLY',
    templateId: '',
  });
  const { guard, allowLeaving } = useUnsavedChangesGuard(form.isDirty);
  const { values, setField, errors } = form;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = form.validate();
    if (!parsed) return;
    schedule.mutate(
      {
        kind: parsed.kind,
        title: parsed.title || undefined,
        participantIds: [meId, parsed.withId],
        // the date and time are the viewer's wall clock in their zone (from /me); the API takes UTC
        startsAt: zonedToInstant(parsed.date, parsed.time).toISOString(),
        durationMinutes: parsed.durationMinutes,
        recurrence: parsed.recurrence,
        templateId: parsed.templateId || undefined,
      },
      {
        onSuccess: (session) => {
          allowLeaving();
          onScheduled(session.id);
        },
        onError: form.showServerError,
      },
    );
  };

  const personOptions = withOptions(people.data?.items ?? [], meId);

  return (
    <Dialog title="Schedule a 1:1" onClose={onClose}>
      {guard}
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={errors.detail} />
        <SearchSelectField
          label="With"
          required
          loading={people.isPending}
          placeholder="Type a name"
          emptyText="No active person matches."
          options={personOptions}
          value={values.withId}
          onChange={(value) => setField('withId', value)}
          error={errors.fieldErrors.withId ?? errors.fieldErrors.participantIds}
        />
        <ExistingSeriesNotice withId={values.withId} />
        <div className="form-row">
          <SelectField
            label="Kind"
            required
            options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
            value={values.kind}
            onChange={(e) => setField('kind', e.target.value as Values['kind'])}
          />
          <TextField
            label="Title"
            value={values.title}
            onChange={(e) => setField('title', e.target.value)}
            error={errors.fieldErrors.title}
          />
        </div>
        <div className="form-row">
          <TextField
            label="Date"
            type="date"
            required
            value={values.date}
            onChange={(e) => setField('date', e.target.value)}
            error={errors.fieldErrors.date ?? errors.fieldErrors.startsAt}
          />
          <TextField
            label="Time"
            type="time"
            required
            step={300}
            value={values.time}
            onChange={(e) => setField('time', e.target.value)}
            error={errors.fieldErrors.time}
          />
          <TextField
            label="Duration (minutes)"
            type="number"
            required
            min={1}
            max={480}
            value={values.durationMinutes}
            onChange={(e) => setField('durationMinutes', e.target.value)}
            error={errors.fieldErrors.durationMinutes}
          />
        </div>
        <div className="form-row">
          <SelectField
            label="Repeats"
            required
            options={Object.entries(RECURRENCE_LABELS).map(([value, label]) => ({ value, label }))}
            value={values.recurrence}
            onChange={(e) => setField('recurrence', e.target.value as Values['recurrence'])}
            error={errors.fieldErrors.recurrence}
          />
          <SelectField
            label="Agenda template"
            placeholder="No template"
            options={(templates.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))}
            value={values.templateId}
            onChange={(e) => setField('templateId', e.target.value)}
            error={errors.fieldErrors.templateId}
          />
        </div>
        <p className="muted small">Times are in your time zone: {describeTimeZone()}.</p>
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={schedule.isPending}>
            Schedule
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
