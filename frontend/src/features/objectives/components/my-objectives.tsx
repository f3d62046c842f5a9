import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Badge, Card } from '@/components/ui/card';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useObjectives } from '@/features/objectives/api/get-objectives';
import { usePeriods } from '@/features/objectives/api/get-periods';
import { ObjectiveFormDialog } from '@/features/objectives/components/objective-form-dialog';
import { ObjectiveListItem } from '@/features/objectives/components/objective-list-item';
import { groupByPeriod } from '@/features/objectives/utils/group-by-period';
import { useAuth } from '@/lib/auth';
import styles from '@/features/objectives/components/objective-list.module.css';

/** The signed-in person's objectives, grouped by period (current first). */
export function MyObjectives() {
  const { person } = useAuth();
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const periods = usePeriods();
  const objectives = useObjectives({ ownerId: person?.id, size: 200, sort: 'title' });

  const newButton = (
    <Button variant="primary" onClick={() => setCreating(true)}>
      New objective
    </Button>
  );

  let body;
  if (objectives.isPending || periods.isPending) {
    body = <LoadingState label="Loading your objectives…" />;
  } else if (objectives.isError || periods.isError) {
    body = (
      <ErrorState
        title="Your objectives could not be loaded"
        error={objectives.error ?? periods.error}
        onRetry={() => {
          void objectives.refetch();
          void periods.refetch();
        }}
      />
    );
  } else if (objectives.data.items.length === 0) {
    body = (
      <Card>
        <EmptyState title="You have no objectives yet" action={newButton}>
          Set an objective for this period and align it to a company goal.
        </EmptyState>
      </Card>
    );
  } else {
    body = groupByPeriod(objectives.data.items, periods.data).map((group) => (
      <Card
        key={group.period.id}
        title={
          <>
            {group.period.name} {group.current && <Badge tone="accent">Current</Badge>}
          </>
        }
      >
        <ul className={styles.list} aria-label={`Objectives in ${group.period.name}`}>
          {group.objectives.map((objective) => (
            <ObjectiveListItem key={objective.id} objective={objective} />
          ))}
        </ul>
      </Card>
    ));
  }

  return (
    <div className="stack">
      <div className={styles.sectionActions}>{newButton}</div>
      {body}
      {creating && (
        <ObjectiveFormDialog
          onClose={() => setCreating(false)}
          onSaved={(id) => navigate(`/objectives/${id}`)}
        />
      )}
    </div>
  );
}
