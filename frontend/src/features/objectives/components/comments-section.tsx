import type { FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useAddComment, useComments } from '@/features/objectives/api/get-comments';

import { useForm } from '@/lib/use-form';
import { formatDateTime } from '@/lib/format-date';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import styles from '@/features/objectives/components/objective-detail.module.css';

const schema = z.object({
  body: z
    .string()
    .trim()
    .min(1, 'Write a comment first.')
    .max(5000, 'Use at most 5000 characters.'),
});

function CommentForm({ objectiveId }: { objectiveId: string }) {
  const form = useForm(schema, { body: '' });
  const add = useAddComment(objectiveId);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = form.validate();
    if (!parsed) return;
    add.mutate(parsed.body, {
      onSuccess: () => form.setField('body', ''),
      onError: form.showServerError,
    });
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Add a comment">
      <UnsavedChangesGuard when={form.isDirty} />
      <FormAlert message={form.errors.detail} />
      <TextAreaField
        label="Add a comment"
        required
        value={form.values.body}
        onChange={(e) => form.setField('body', e.target.value)}
        error={form.errors.fieldErrors.body}
      />
      <div className="button-row">
        <Button type="submit" size="sm" busy={add.isPending}>
          Post comment
        </Button>
      </div>
    </form>
  );
}

/** The objective's discussion, oldest first, with a box to add to it. */
export function CommentsSection({ objectiveId }: { objectiveId: string }) {
  const comments = useComments(objectiveId);
  return (
    <div className="stack-sm">
      {comments.isPending ? (
        <LoadingState label="Loading comments…" />
      ) : comments.isError ? (
        <ErrorState
          title="Comments could not be loaded"
          error={comments.error}
          onRetry={() => comments.refetch()}
        />
      ) : comments.data.items.length === 0 ? (
        <EmptyState title="No comments yet" />
      ) : (
        <ol className={styles.history} aria-label="Comments">
          {comments.data.items.map((comment) => (
            <li key={comment.id} className={styles.historyItem}>
              <p>
                <strong>{comment.author.name}</strong>{' '}
                <time dateTime={comment.createdAt} className="muted small">
                  {formatDateTime(comment.createdAt)}
                </time>
              </p>
              <p className="pre-wrap">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      <CommentForm objectiveId={objectiveId} />
    </div>
  );
}
