import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, LoadingState } from '@/components/ui/states';
import { useMe } from '@/features/feedback/api/get-me';
import { usePraise } from '@/features/feedback/api/get-praise';
import { FeedbackCard } from '@/features/feedback/components/feedback-card';
import { GiveFeedbackDialog } from '@/features/feedback/components/give-feedback-dialog';
import { ReactionsBar } from '@/features/feedback/components/reactions-bar';

/** Praise on a person's profile: the latest public praise they received, and a way to add some. */
export function PersonPraise({ personId }: { personId: string }) {
  const me = useMe();
  const praise = usePraise({ personId }, 0, 5);
  const [giving, setGiving] = useState(false);
  // public praise switched off: the profile shows no praise section at all
  if (praise.isError) return null;
  const canGive = me.data && me.data.id !== personId;
  return (
    <Card
      title={`Praise${praise.data ? ` (${praise.data.total})` : ''}`}
      actions={
        canGive && (
          <Button size="sm" onClick={() => setGiving(true)}>
            Give praise
          </Button>
        )
      }
    >
      {praise.isPending ? (
        <LoadingState label="Loading praise…" />
      ) : praise.data.items.length === 0 ? (
        <EmptyState title="No praise yet" />
      ) : (
        <>
          {praise.data.items.map((item) => (
            <FeedbackCard key={item.id} item={item} footer={<ReactionsBar item={item} />} />
          ))}
          {praise.data.total > praise.data.items.length && (
            <Link to={`/praise?personId=${personId}`}>All their praise</Link>
          )}
        </>
      )}
      {giving && me.data && (
        <GiveFeedbackDialog
          meId={me.data.id}
          praise
          recipientId={personId}
          onClose={() => setGiving(false)}
        />
      )}
    </Card>
  );
}
