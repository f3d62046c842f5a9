import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/form-alert';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useObjectives, type ObjectiveSummary } from '@/features/objectives/api/get-objectives';
import { currentPeriod, previousPeriod, usePeriods } from '@/features/objectives/api/get-periods';
import { CascadeDialog } from '@/features/objectives/components/cascade-dialog';
import { CopyDialog } from '@/features/objectives/components/copy-dialog';
import { ObjectiveListItem } from '@/features/objectives/components/objective-list-item';
import { PendingDraftActions } from '@/features/objectives/components/pending-draft-actions';
import {
  isPendingDraft,
  needsAttention,
  staleCheckInFlag,
} from '@/features/objectives/utils/attention';
import { useAuth } from '@/lib/auth';
import styles from '@/features/objectives/components/objective-list.module.css';

function byOwner(objectives: ObjectiveSummary[]) {
  const groups = new Map<string, { name: string; items: ObjectiveSummary[] }>();
  for (const o of objectives) {
    const group = groups.get(o.owner.id) ?? { name: o.owner.name, items: [] };
    group.items.push(o);
    groups.set(o.owner.id, group);
  }
  return [...groups.entries()].sort(([, a], [, b]) => a.name.localeCompare(b.name));
}

/** A manager's view: the reports' objectives this period, drafts to agree, cascade and copy. */
export function TeamObjectives() {
  const { person } = useAuth();
  const periods = usePeriods();
  const period = currentPeriod(periods.data ?? []);
  const previous = previousPeriod(periods.data ?? []);
  const objectives = useObjectives(
    { reportsOf: person!.id, periodId: period?.id, size: 200, sort: 'title' },
    { enabled: Boolean(period) },
  );
  const [dialog, setDialog] = useState<'cascade' | 'copy' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (periods.isPending || (period && objectives.isPending))
    return <LoadingState label="Loading your team's objectives…" />;
  if (periods.isError || objectives.isError)
    return (
      <ErrorState
        title="Your team's objectives could not be loaded"
        error={periods.error ?? objectives.error}
        onRetry={() => {
          void periods.refetch();
          void objectives.refetch();
        }}
      />
    );
  if (!period)
    return <EmptyState title="No periods yet">An admin sets up periods first.</EmptyState>;

  const items = objectives.data?.items ?? [];
  const pending = items.filter(isPendingDraft);
  const others = items.filter((o) => !isPendingDraft(o));

  return (
    <div className="stack">
      <div className={styles.sectionActions}>
        <FormAlert tone="info" message={notice} />
        <div className="button-row">
          <Button onClick={() => setDialog('cascade')}>Cascade to reports…</Button>
          {previous && (
            <Button onClick={() => setDialog('copy')}>Copy from {previous.name}…</Button>
          )}
        </div>
      </div>
      <Card title={`Waiting for your agreement (${pending.length})`}>
        {pending.length === 0 ? (
          <EmptyState title="No drafts waiting">
            Proposed drafts of your reports show up here.
          </EmptyState>
        ) : (
          <ul className={styles.list} aria-label="Drafts waiting for your agreement">
            {pending.map((o) => (
              <ObjectiveListItem
                key={o.id}
                objective={o}
                showOwner
                actions={<PendingDraftActions objective={o} onDone={setNotice} />}
              />
            ))}
          </ul>
        )}
      </Card>
      {others.length === 0 ? (
        <Card>
          <EmptyState title={`Your reports have no objectives in ${period.name} yet`}>
            Cascade one of your objectives to get them started.
          </EmptyState>
        </Card>
      ) : (
        byOwner(others).map(([ownerId, group]) => (
          <Card key={ownerId} title={group.name}>
            <ul className={styles.list} aria-label={`Objectives of ${group.name}`}>
              {group.items.map((o) => (
                <ObjectiveListItem
                  key={o.id}
                  objective={o}
                  highlight={needsAttention(o)}
                  flags={[staleCheckInFlag(o)].filter((flag) => flag !== null)}
                />
              ))}
            </ul>
          </Card>
        ))
      )}
      {dialog === 'cascade' && (
        <CascadeDialog
          onClose={() => setDialog(null)}
          onDone={(count) => {
            setDialog(null);
            setNotice(
              `${count} draft ${count === 1 ? 'objective was' : 'objectives were'} created for your reports.`,
            );
          }}
        />
      )}
      {dialog === 'copy' && previous && (
        <CopyDialog
          from={previous}
          to={period}
          onClose={() => setDialog(null)}
          onDone={(count) => {
            setDialog(null);
            setNotice(
              `${count} ${count === 1 ? 'objective was' : 'objectives were'} copied to ${period.name} as drafts.`,
            );
          }}
        />
      )}
    </div>
  );
}
