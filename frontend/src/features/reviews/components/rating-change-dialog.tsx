import { useState } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useChangeRating } from '@/features/reviews/api/review-actions';
import { useForm } from '@/lib/use-form';

type Props = {
  kind: 'calibrate' | 'override';
  reviewId: string;
  version: number;
  revieweeName: string;
  current: number | null | undefined;
  min: number;
  max: number;
  onClose: () => void;
  onSaved: () => void;
};

/** Adjust (calibration) or override (manager) an overall rating, with the reason the audit keeps. */
export function RatingChangeDialog(props: Props) {
  const { kind, reviewId, version, revieweeName, current, min, max, onClose, onSaved } = props;
  const schema = z.object({
    rating: z
      .string()
      .trim()
      .regex(/^\d+(\.\d{1,2})?$/, 'Enter a number with at most 2 decimals.')
      .transform(Number)
      .refine((n) => n >= min && n <= max, `Use ${min} to ${max}.`),
    reason: z.string().trim().min(1, 'Give a reason: it is kept in the audit.'),
  });
  const form = useForm<{ rating: string; reason: string }, z.output<typeof schema>>(schema, {
    rating: current != null ? String(current) : '',
    reason: '',
  });
  const change = useChangeRating(kind);
  const [busy, setBusy] = useState(false);
  const title = `${kind === 'calibrate' ? 'Adjust rating' : 'Override rating'}: ${revieweeName}`;
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const values = form.validate();
          if (!values) return;
          setBusy(true);
          change.mutate(
            { id: reviewId, version, rating: values.rating, reason: values.reason },
            {
              onSuccess: onSaved,
              onError: form.showServerError,
              onSettled: () => setBusy(false),
            },
          );
        }}
      >
        <FormAlert message={form.errors.detail} />
        <p className="muted small">Currently {current ?? 'not rated'}.</p>
        <TextField
          label={`New rating (${min}–${max})`}
          inputMode="decimal"
          value={form.values.rating}
          onChange={(e) => form.setField('rating', e.target.value)}
          error={form.errors.fieldErrors.rating}
          required
        />
        <TextField
          label="Reason"
          value={form.values.reason}
          onChange={(e) => form.setField('reason', e.target.value)}
          error={form.errors.fieldErrors.reason}
          required
        />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={busy}>
            Save rating
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
