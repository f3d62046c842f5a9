import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { Card } from '@/components/ui/card';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { FormAlert } from '@/components/ui/form-alert';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useObjective } from '@/features/objectives/api/get-objective';
import { AlignmentBreadcrumb } from '@/features/objectives/components/alignment-breadcrumb';
import { CascadeDialog } from '@/features/objectives/components/cascade-dialog';
import {
  CheckInHistory,
  ProgressChartSection,
} from '@/features/objectives/components/check-in-history';
import { ChildrenList } from '@/features/objectives/components/children-list';
import { CommentsSection } from '@/features/objectives/components/comments-section';
import { KeyResultList } from '@/features/objectives/components/key-result-list';
import { ObjectiveCheckInForm } from '@/features/objectives/components/objective-check-in-form';
import { ObjectiveFormDialog } from '@/features/objectives/components/objective-form-dialog';
import { ObjectiveSummaryPanel } from '@/features/objectives/components/objective-header';
import { WorkflowActions } from '@/features/objectives/components/workflow-actions';
import { isApiError } from '@/lib/problem';

const back = <Link to="/objectives">← My objectives</Link>;

/** The objective page: alignment, progress, key results with check-ins, history, discussion. */
export function ObjectiveDetail({ objectiveId }: { objectiveId: string }) {
  const query = useObjective(objectiveId);
  const [editing, setEditing] = useState(false);
  const [cascading, setCascading] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  if (query.isPending) return <LoadingState label="Loading the objective…" />;
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <>
        <PageHeader
          title={notFound ? 'Objective not found' : 'Objective unavailable'}
          breadcrumb={back}
        />
        {notFound ? (
          <EmptyState title="We could not find this objective">
            It may have been removed, be private, or the link is wrong.
          </EmptyState>
        ) : (
          <ErrorState error={query.error} onRetry={() => query.refetch()} />
        )}
      </>
    );
  }

  const objective = query.data;
  const canCheckIn = objective.permissions.canCheckIn;
  return (
    <>
      <PageHeader
        breadcrumb={<AlignmentBreadcrumb objective={objective} />}
        title={objective.title}
      />
      <div className="stack">
        <Card>
          <ObjectiveSummaryPanel objective={objective} />
          <FormAlert tone="info" message={notice} />
          <WorkflowActions
            objective={objective}
            onEdit={() => setEditing(true)}
            onCascade={() => setCascading(true)}
          />
        </Card>
        <Card title="Key results">
          <ErrorBoundary title="Key results could not be shown">
            <KeyResultList objective={objective} />
          </ErrorBoundary>
        </Card>
        <Card title={`Aligned objectives (${objective.children.count})`}>
          <ErrorBoundary title="Aligned objectives could not be shown">
            <ChildrenList objective={objective} />
          </ErrorBoundary>
        </Card>
        <div className="grid-2">
          <div className="stack">
            <Card title="Progress over time">
              <ErrorBoundary title="The chart could not be shown">
                <ProgressChartSection objectiveId={objective.id} />
              </ErrorBoundary>
            </Card>
            {canCheckIn && (
              <Card
                title={
                  objective.progressSource === 'CHECK_INS'
                    ? 'Check in'
                    : 'Update health and confidence'
                }
              >
                <ErrorBoundary title="The check-in form could not be shown">
                  <ObjectiveCheckInForm key={objective.version} objective={objective} />
                </ErrorBoundary>
              </Card>
            )}
          </div>
          <div className="stack">
            <Card title="Check-in history">
              <ErrorBoundary title="The check-in history could not be shown">
                <CheckInHistory objective={objective} />
              </ErrorBoundary>
            </Card>
            <Card title="Comments">
              <ErrorBoundary title="Comments could not be shown">
                <CommentsSection objectiveId={objective.id} />
              </ErrorBoundary>
            </Card>
          </div>
        </div>
      </div>
      {editing && (
        <ObjectiveFormDialog
          key={objective.version}
          objective={objective}
          onClose={() => setEditing(false)}
          onReload={() => void query.refetch()}
          onSaved={() => {
            setEditing(false);
            setNotice('Your changes were saved.');
          }}
        />
      )}
      {cascading && (
        <CascadeDialog
          objective={objective}
          onClose={() => setCascading(false)}
          onDone={(count) => {
            setCascading(false);
            setNotice(
              `${count} draft ${count === 1 ? 'objective was' : 'objectives were'} created for your reports.`,
            );
          }}
        />
      )}
    </>
  );
}
