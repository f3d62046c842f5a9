import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useTeams, type Team } from '@/features/admin/api/get-teams';
import { useDeleteTeam } from '@/features/admin/api/team-mutations';
import { TeamFormDialog } from '@/features/admin/components/team-form-dialog';
import { toFormErrors } from '@/lib/problem';

type Editing = { team?: Team } | null;

export function TeamsAdmin() {
  const teams = useTeams();
  const remove = useDeleteTeam();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Team | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const newButton = (
    <Button variant="primary" onClick={() => setEditing({})}>
      New team
    </Button>
  );

  return (
    <Card title="Teams" actions={newButton}>
      <FormAlert message={notice} tone="info" />
      {teams.isPending ? (
        <LoadingState label="Loading teams…" />
      ) : teams.isError ? (
        <ErrorState
          title="Teams could not be loaded"
          error={teams.error}
          onRetry={() => teams.refetch()}
        />
      ) : teams.data.items.length === 0 ? (
        <EmptyState title="No teams yet">Create teams to group people and objectives.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Teams</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Parent team</th>
                <th scope="col">Lead</th>
                <th scope="col">Members</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {teams.data.items.map((team) => (
                <tr key={team.id}>
                  <td>{team.name}</td>
                  <td>{team.parent?.name ?? <span className="muted">—</span>}</td>
                  <td>{team.lead?.name ?? <span className="muted">—</span>}</td>
                  <td>{team.memberCount}</td>
                  <td className="cell-actions">
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Edit ${team.name}`}
                      onClick={() => setEditing({ team })}
                    >
                      Edit
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Delete ${team.name}`}
                      onClick={() => {
                        remove.reset();
                        setDeleting(team);
                      }}
                    >
                      Delete
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <TeamFormDialog
          team={editing.team}
          teams={teams.data?.items ?? []}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setNotice(editing.team ? `${name} was updated.` : `${name} was created.`);
            setEditing(null);
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete ${deleting.name}?`}
          message="People in this team will no longer belong to a team. This cannot be undone."
          confirmLabel="Delete team"
          busy={remove.isPending}
          error={remove.isError ? toFormErrors(remove.error).detail : null}
          onCancel={() => setDeleting(null)}
          onConfirm={() =>
            remove.mutate(deleting.id, {
              onSuccess: () => {
                setNotice(`${deleting.name} was deleted.`);
                setDeleting(null);
              },
            })
          }
        />
      )}
    </Card>
  );
}
