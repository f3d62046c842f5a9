import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Badge, Card } from '@/components/ui/card';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useCycles } from '@/features/reviews/api/review-cycles';
import { CycleWizardDialog } from '@/features/reviews/components/cycle-wizard/cycle-wizard-dialog';
import { formatDate } from '@/lib/format-date';

/** Admin: the review cycles, and the wizard that starts a new one. */
export function CyclesAdmin() {
  const cycles = useCycles();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  return (
    <Card
      title="Review cycles"
      actions={
        <Button variant="primary" onClick={() => setCreating(true)}>
          New cycle
        </Button>
      }
    >
      {cycles.isPending ? (
        <LoadingState label="Loading cycles…" />
      ) : cycles.isError ? (
        <ErrorState title="Cycles could not be loaded" error={cycles.error} />
      ) : cycles.data.items.length === 0 ? (
        <EmptyState title="No review cycles yet">Start one with New cycle.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Review cycles</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Period</th>
                <th scope="col">State</th>
                <th scope="col">Reviews</th>
                <th scope="col">Self review due</th>
              </tr>
            </thead>
            <tbody>
              {cycles.data.items.map((cycle) => (
                <tr key={cycle.id}>
                  <td>
                    <Link to={`/admin/review-cycles/${cycle.id}`}>{cycle.name}</Link>
                  </td>
                  <td>{cycle.kind === 'THREE_SIXTY' ? '360' : 'Appraisal'}</td>
                  <td>{cycle.period.name}</td>
                  <td>
                    <Badge tone={cycle.state === 'ACTIVE' ? 'accent' : 'muted'}>
                      {cycle.state.toLowerCase()}
                    </Badge>
                  </td>
                  <td>{cycle.reviewCount}</td>
                  <td>{formatDate(cycle.deadlines.selfReview)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {creating && (
        <CycleWizardDialog
          onClose={() => setCreating(false)}
          onCreated={(cycle) => navigate(`/admin/review-cycles/${cycle.id}`)}
        />
      )}
    </Card>
  );
}
