import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { CheckboxGroup, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { LoadingState } from '@/components/ui/states';
import { useWebhookEventTypes } from '@/features/webhooks/api/get-webhooks';
import { useCreateWebhook } from '@/features/webhooks/api/webhook-mutations';
import { toFormErrors } from '@/lib/problem';
import styles from './webhooks.module.css';

const schema = z.object({
  url: z
    .string()
    .trim()
    .min(1, 'Enter the URL of the receiving endpoint.')
    .max(2000, 'Use at most 2000 characters.')
    .url('Enter a full URL, e.g. https://hooks.example.com/cairn.'),
  description: z.string().trim().max(500, 'Use at most 500 characters.'),
  eventTypes: z.array(z.string()).min(1, 'Pick at least one event.'),
});

type Values = z.infer<typeof schema>;
const FIELDS = ['url', 'description', 'eventTypes'] as const;

type Props = { onClose: () => void; onCreated: (secret: string, url: string) => void };

/** Subscribes an endpoint to events picked by area; the server checks the URL (https, public address). */
export function WebhookFormDialog({ onClose, onCreated }: Props) {
  const types = useWebhookEventTypes();
  const create = useCreateWebhook();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, control, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { url: '', description: '', eventTypes: [] },
  });
  const { errors } = formState;
  const areas = [...new Set((types.data ?? []).map((t) => t.area))];

  const onSubmit = handleSubmit((values) => {
    setMessage(null);
    create.mutate(
      { ...values, description: values.description || undefined },
      {
        onSuccess: (created) => onCreated(created.secret, created.webhook.url),
        onError: (error) => {
          const { detail, fieldErrors } = toFormErrors(error);
          const rest: string[] = [];
          for (const [field, text] of Object.entries(fieldErrors)) {
            const name = field.replace(/\[\d+\]$/, '');
            if ((FIELDS as readonly string[]).includes(name))
              setError(name as (typeof FIELDS)[number], { message: text });
            else rest.push(text);
          }
          setMessage([detail, ...rest].filter(Boolean).join(' ') || null);
        },
      },
    );
  });

  return (
    <Dialog title="New webhook" onClose={onClose} wide>
      <form className="form" onSubmit={onSubmit} noValidate aria-label="New webhook">
        <FormAlert message={message} />
        <TextField
          label="Endpoint URL"
          required
          type="url"
          hint="An https:// address on the public internet; Cairn signs every request."
          {...register('url')}
          error={errors.url?.message}
        />
        <TextField
          label="Description"
          {...register('description')}
          error={errors.description?.message}
        />
        {types.isPending ? (
          <LoadingState label="Loading event types…" />
        ) : (
          <Controller
            control={control}
            name="eventTypes"
            render={({ field }) => (
              <fieldset className="fieldset">
                <legend className="field-label">Events</legend>
                <div className={styles.groups}>
                  {areas.map((area) => (
                    <CheckboxGroup
                      key={area}
                      legend={area}
                      name={`events-${area}`}
                      vertical
                      options={(types.data ?? [])
                        .filter((t) => t.area === area)
                        .map((t) => ({ value: t.type, label: t.type }))}
                      value={field.value}
                      onChange={field.onChange}
                    />
                  ))}
                </div>
                {errors.eventTypes?.message && (
                  <p className="field-error">{errors.eventTypes.message}</p>
                )}
              </fieldset>
            )}
          />
        )}
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={create.isPending}>
            Create webhook
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
