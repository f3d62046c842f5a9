import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useAdminPeople, type AdminPerson } from '@/features/admin/api/get-admin-people';
import { useResendInvitation, useSetPersonActive } from '@/features/admin/api/person-mutations';
import { downloadPeopleCsv } from '@/features/admin/api/people-import';
import { BulkActionBar } from '@/features/admin/components/bulk-action-bar';
import { ImportPeopleDialog } from '@/features/admin/components/import-people-dialog';
import { PeopleAdminTable } from '@/features/admin/components/people-admin-table';
import { PersonFormDialog } from '@/features/admin/components/person-form-dialog';
import { toFormErrors } from '@/lib/problem';
import { useDebouncedValue } from '@/lib/use-debounced-value';

type Editing =
  { mode: 'invite' } | { mode: 'edit'; person: AdminPerson } | { mode: 'import' } | null;

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
  const [selection, setSelection] = useState<Map<string, AdminPerson>>(new Map());
  const selectedIds = new Set(selection.keys());
  const toggle = (person: AdminPerson, checked: boolean) =>
    setSelection((current) => {
      const next = new Map(current);
      if (checked) next.set(person.id, person);
      else next.delete(person.id);
      return next;
    });
  const exportCsv = () =>
    downloadPeopleCsv().catch((error: unknown) => setNotice(toFormErrors(error).detail));

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
        <div className="button-row">
          <Button onClick={exportCsv}>Export CSV</Button>
          <Button onClick={() => setEditing({ mode: 'import' })}>Import CSV</Button>
          <Button variant="primary" onClick={() => setEditing({ mode: 'invite' })}>
            Invite person
          </Button>
        </div>
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
          <PeopleAdminTable
            people={people.data.items}
            selected={selectedIds}
            onToggle={toggle}
            onToggleAll={(checked) => people.data.items.forEach((p) => toggle(p, checked))}
            onEdit={(person) => setEditing({ mode: 'edit', person })}
            onResend={resendInvitation}
            resendingId={resend.isPending ? (resend.variables ?? null) : null}
            onToggleActive={(person) => {
              setActive.reset();
              setToggling(person);
            }}
          />
          {selection.size > 0 && (
            <BulkActionBar
              selected={[...selection.values()]}
              onClear={() => setSelection(new Map())}
              onDone={(message) => {
                setNotice(message);
                setSelection(new Map());
              }}
            />
          )}
          <Pagination
            page={people.data.page}
            size={people.data.size}
            total={people.data.total}
            onPageChange={setPage}
            label="People pages"
          />
        </>
      )}
      {editing?.mode === 'import' && (
        <ImportPeopleDialog
          onClose={() => setEditing(null)}
          onImported={(message) => {
            setNotice(message);
            setEditing(null);
          }}
        />
      )}
      {editing && editing.mode !== 'import' && (
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
