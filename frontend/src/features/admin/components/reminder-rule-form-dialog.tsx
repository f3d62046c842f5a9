import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import {
  useSaveReminderRule,
  type ReminderRule,
  type ReminderTrigger,
} from '@/features/admin/api/reminder-rules';
import { AUDIENCES, CHANNELS, TRIGGERS } from '@/features/admin/components/reminder-labels';
import styles from '@/features/admin/components/reminder-rules.module.css';
import { setServerErrors } from '@/lib/problem';

const time = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM.')]);

const schema = z
  .object({
    trigger: z.enum(Object.keys(TRIGGERS) as [ReminderTrigger, ...ReminderTrigger[]]),
    offset: z.coerce
      .number<string>()
      .int('Use a whole number.')
      .min(0, 'Between 0 and 365.')
      .max(365, 'Between 0 and 365.'),
    audience: z.enum(['SUBJECT', 'MANAGER', 'BOTH']),
    channel: z.enum(['IN_APP', 'EMAIL', 'BOTH']),
    quietFrom: time,
    quietUntil: time,
    enabled: z.boolean(),
  })
  .refine((v) => (v.quietFrom === '') === (v.quietUntil === ''), {
    path: ['quietUntil'],
    message: 'Give both times, or neither for no quiet hours.',
  })
  .refine((v) => v.quietFrom === '' || v.quietFrom !== v.quietUntil, {
    path: ['quietUntil'],
    message: 'The quiet hours must end at another time than they start.',
  });

type Values = z.input<typeof schema>;
const FIELDS = ['trigger', 'offset', 'audience', 'channel', 'quietHours', 'enabled'] as const;

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

type Props = { rule?: ReminderRule; onClose: () => void; onSaved: (label: string) => void };

/** Adds or changes one reminder rule: when it fires, whom it reminds, how, and when not. */
export function ReminderRuleFormDialog({ rule, onClose, onSaved }: Props) {
  const save = useSaveReminderRule();
  const [from = '', until = ''] = rule?.quietHours?.split('-') ?? ['21:00', '07:00'];
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      trigger: rule?.trigger ?? 'REVIEW_DUE',
      offset: String(rule?.offset ?? 2),
      audience: rule?.audience ?? 'SUBJECT',
      channel: rule?.channel ?? 'BOTH',
      quietFrom: rule && !rule.quietHours ? '' : from,
      quietUntil: rule && !rule.quietHours ? '' : until,
      enabled: rule?.enabled ?? true,
    },
  });
  const { errors } = form.formState;
  const trigger = TRIGGERS[form.watch('trigger')];
  const onSubmit = form.handleSubmit(({ quietFrom, quietUntil, ...values }) => {
    const body = {
      ...values,
      quietHours: quietFrom ? `${quietFrom}-${quietUntil}` : null,
      version: rule?.version,
    };
    return save
      .mutateAsync({ id: rule?.id, body })
      .then(() => onSaved(TRIGGERS[values.trigger].label))
      .catch((error: unknown) =>
        setServerErrors(error, FIELDS, (name, e) =>
          form.setError(name === 'quietHours' ? 'quietUntil' : name, e),
        ),
      );
  });
  return (
    <Dialog
      title={rule ? `Edit: ${TRIGGERS[rule.trigger].label}` : 'New reminder rule'}
      onClose={onClose}
    >
      <form className="form" onSubmit={onSubmit} noValidate aria-label="Reminder rule">
        <FormAlert message={errors.root?.message} />
        <SelectField
          label="Remind when"
          required
          options={options(labelsOf())}
          {...form.register('trigger')}
        />
        <TextField
          label={trigger.offset}
          type="number"
          min={0}
          max={365}
          required
          hint={`In ${trigger.unit}, 0 to 365.`}
          error={errors.offset?.message}
          {...form.register('offset')}
        />
        <SelectField
          label="Who is reminded"
          required
          options={options(AUDIENCES)}
          {...form.register('audience')}
        />
        <SelectField
          label="How"
          required
          options={options(CHANNELS)}
          hint="E-mail follows each person's own reminder setting."
          {...form.register('channel')}
        />
        <fieldset className={styles.quiet}>
          <legend>Quiet hours (in each person's time zone; empty for none)</legend>
          <div className="form-row">
            <TextField
              label="From"
              type="time"
              error={errors.quietFrom?.message}
              {...form.register('quietFrom')}
            />
            <TextField
              label="Until"
              type="time"
              error={errors.quietUntil?.message}
              {...form.register('quietUntil')}
            />
          </div>
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" {...form.register('enabled')} /> <span>Rule is on</span>
        </label>
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={save.isPending}>
            {rule ? 'Save rule' : 'Add rule'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function labelsOf(): Record<string, string> {
  return Object.fromEntries(Object.entries(TRIGGERS).map(([k, v]) => [k, v.label]));
}
