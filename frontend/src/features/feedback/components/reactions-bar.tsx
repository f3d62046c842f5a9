import { useToggleReaction, type Reaction } from '@/features/feedback/api/feedback-mutations';
import type { FeedbackItem } from '@/features/feedback/api/get-feedback';
import styles from '@/features/feedback/components/praise.module.css';
import { REACTIONS } from '@/features/feedback/components/format';

/** The reactions of one praise: a toggle button per kind with its count. */
export function ReactionsBar({ item }: { item: FeedbackItem }) {
  const toggle = useToggleReaction(item.id);
  return (
    <div className={styles.reactions} role="group" aria-label="Reactions">
      {REACTIONS.map((reaction) => {
        const current = item.reactions.find((r) => r.reaction === reaction.value);
        const mine = current?.mine ?? false;
        return (
          <button
            key={reaction.value}
            type="button"
            className={mine ? `${styles.reaction} ${styles.mine}` : styles.reaction}
            aria-pressed={mine}
            aria-label={`${reaction.label}${current ? `, ${current.count}` : ''}`}
            disabled={toggle.isPending}
            onClick={() => toggle.mutate({ reaction: reaction.value as Reaction, mine })}
          >
            <span aria-hidden="true">{reaction.emoji}</span>
            {current ? <span>{current.count}</span> : null}
          </button>
        );
      })}
    </div>
  );
}
