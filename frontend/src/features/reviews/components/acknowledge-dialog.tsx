import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { useAcknowledgeReview } from '@/features/reviews/api/review-actions';
import { toFormErrors } from '@/lib/problem';

/** The reviewee signs off the shared review, optionally with a comment. */
export function AcknowledgeDialog({
  reviewId,
  version,
  onClose,
}: {
  reviewId: string;
  version: number;
  onClose: () => void;
}) {
  const id = useId();
  const [comment, setComment] = useState('');
  const acknowledge = useAcknowledgeReview();
  return (
    <Dialog title="Acknowledge review" onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          acknowledge.mutate(
            { id: reviewId, version, comment: comment.trim() || undefined },
            { onSuccess: onClose },
          );
        }}
      >
        <FormAlert message={acknowledge.isError ? toFormErrors(acknowledge.error).detail : null} />
        <p className="muted">
          Acknowledging says you have read the review. Your comment is kept with it.
        </p>
        <div className="field">
          <label htmlFor={id} className="field-label">
            Comment<span className="field-optional"> (optional)</span>
          </label>
          <textarea
            id={id}
            className="input"
            rows={4}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </div>
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={acknowledge.isPending}>
            Acknowledge
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
