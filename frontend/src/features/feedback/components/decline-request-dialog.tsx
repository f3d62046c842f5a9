import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useDeclineRequest } from '@/features/feedback/api/feedback-mutations';
import type { FeedbackRequestItem } from '@/features/feedback/api/get-feedback-requests';
import { toFormErrors } from '@/lib/problem';

/** Decline a request, optionally saying why (the asker reads it). */
export function DeclineRequestDialog({
  request,
  onClose,
}: {
  request: FeedbackRequestItem;
  onClose: () => void;
}) {
  const decline = useDeclineRequest(request.id);
  const [reason, setReason] = useState('');
  const errors = toFormErrors(decline.error);
  return (
    <Dialog title="Decline this request" onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          decline.mutate(reason.trim(), { onSuccess: onClose });
        }}
      >
        <FormAlert message={errors.detail} />
        <TextAreaField
          label={`Why (${request.requester.name} reads it)`}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.fieldErrors.reason}
        />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="danger" busy={decline.isPending}>
            Decline
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
