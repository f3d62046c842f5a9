import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { Badge, Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useAdminPeople, type AdminPerson } from '@/features/admin/api/get-admin-people';
import { useResendInvitation, useSetPersonActive } from '@/features/admin/api/person-mutations';
import { PersonFormDialog } from '@/features/admin/components/person-form-dialog';
import { toFormErrors } from '@/lib/problem';
import { useDebouncedValue } from '@/lib/use-debounced-value';

type Editing = { mode: 'invite' } | { mode: 'edit'; person: AdminPerson } | null;

export function PeopleAdmin() {
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<Editing>(null);
  const [toggling, setToggling] = useState<AdminPerson | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const q = useDebouncedValue(search.trim(), 300);
  const people = useAdminPeople({ ...(q ? { q } : {}), page, size: 20, sort: 'name' });
  const setActive = useSetPersonActive();
  const resend = useResendInvitation();

  const resendInvitation = (person: AdminPerson) =>
    resend.mutate(person.id, {
      onSuccess: () => setNotice(`The invitation was sent to ${person.email} again.`),
      onError: (error) => setNotice(toFormErrors(error).detail),
    });

  const confirmToggle = () => {
    if (!toggling) return;
    setActive.mutate(
      { id: toggling.id, active: !toggling.active },
      {
        onSuccess: (saved) => {
          setNotice(`${saved.name} was ${saved.active ? 'reactivated' : 'deactivated'}.`);
          setToggling(null);
        },
      },
    );
  };

  return (
    <Card
      title="People"
      actions={
        <Button variant="primary" onClick={() => setEditing({ mode: 'invite' })}>
          Invite person
        </Button>
      }
    >
      <FormAlert message={notice} tone="info" />
      <div className="toolbar" role="search">
        <TextField
          label="Search people"
          type="search"
          required
          placeholder="Name, email or title"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setPage(0);
          }}
        />
      </div>
      {people.isPending ? (
        <LoadingState label="Loading people…" />
      ) : people.isError ? (
        <ErrorState
          title="People could not be loaded"
          error={people.error}
          onRetry={() => people.refetch()}
        />
      ) : people.data.items.length === 0 ? (
        <EmptyState title={q ? 'No one matches' : 'No people yet'}>
          {q ? 'Try a different search.' : 'Invite the first person to get started.'}
        </EmptyState>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">People, including inactive</caption>
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Team</th>
                  <th scope="col">Manager</th>
                  <th scope="col">Roles</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {people.data.items.map((person) => (
                  <tr key={person.id} className={person.active ? undefined : 'row-inactive'}>
                    <td>
                      <Link to={`/people/${person.id}`} className="nowrap">
                        {person.name}
                      </Link>
                      <div className="muted small">
                        {[person.title, person.email].filter(Boolean).join(' · ')}
                      </div>
                    </td>
                    <td data-label="Team">
                      {person.team?.name ?? <span className="muted">—</span>}
                    </td>
                    <td data-label="Manager">
                      {person.manager?.name ?? <span className="muted">—</span>}
                    </td>
                    <td data-label="Roles">
                      {person.roles
                        .map((role) => role.charAt(0) + role.slice(1).toLowerCase())
                        .join(', ')}
                    </td>
                    <td>
                      {person.active && person.invitationPending ? (
                        <Badge tone="muted">Invited</Badge>
                      ) : person.active ? (
                        <Badge tone="accent">Active</Badge>
                      ) : (
                        <Badge tone="muted">Inactive</Badge>
                      )}
                    </td>
                    <td className="cell-actions">
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Edit ${person.name}`}
                        onClick={() => setEditing({ mode: 'edit', person })}
                      >
                        Edit
                      </Button>
                      {person.active && person.invitationPending && (
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-label={`Resend the invitation to ${person.name}`}
                          busy={resend.isPending && resend.variables === person.id}
                          onClick={() => resendInvitation(person)}
                        >
                          Resend invitation
                        </Button>
                      )}
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`${person.active ? 'Deactivate' : 'Reactivate'} ${person.name}`}
                        onClick={() => {
                          setActive.reset();
                          setToggling(person);
                        }}
                      >
                        {person.active ? 'Deactivate' : 'Reactivate'}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={people.data.page}
            size={people.data.size}
            total={people.data.total}
            onPageChange={setPage}
            label="People pages"
          />
        </>
      )}
      {editing && (
        <PersonFormDialog
          person={editing.mode === 'edit' ? editing.person : undefined}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setNotice(editing.mode === 'edit' ? `${name} was updated.` : `${name} was invited.`);
            setEditing(null);
          }}
        />
      )}
      {toggling && (
        <ConfirmDialog
          title={toggling.active ? `Deactivate ${toggling.name}?` : `Reactivate ${toggling.name}?`}
          message={
            toggling.active
              ? 'They will no longer be able to sign in and will be hidden from the directory. Their history is kept.'
              : 'They will be able to sign in again and will appear in the directory.'
          }
          confirmLabel={toggling.active ? 'Deactivate' : 'Reactivate'}
          tone={toggling.active ? 'danger' : 'primary'}
          busy={setActive.isPending}
          error={setActive.isError ? toFormErrors(setActive.error).detail : null}
          onConfirm={confirmToggle}
          onCancel={() => setToggling(null)}
        />
      )}
    </Card>
  );
}
