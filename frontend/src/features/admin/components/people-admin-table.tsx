import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/card';
import type { AdminPerson } from '@/features/admin/api/get-admin-people';
import styles from '@/features/admin/components/people-admin.module.css';

type Props = {
  people: AdminPerson[];
  selected: ReadonlySet<string>;
  onToggle: (person: AdminPerson, checked: boolean) => void;
  onToggleAll: (checked: boolean) => void;
  onEdit: (person: AdminPerson) => void;
  onResend: (person: AdminPerson) => void;
  resendingId: string | null;
  onToggleActive: (person: AdminPerson) => void;
};

function Status({ person }: { person: AdminPerson }) {
  if (person.active && person.invitationPending) return <Badge tone="muted">Invited</Badge>;
  if (person.active) return <Badge tone="accent">Active</Badge>;
  return <Badge tone="muted">Inactive</Badge>;
}

/** The admin's people table: a tick box per row (and one for the page) for bulk changes. */
export function PeopleAdminTable({ people, selected, onToggle, onToggleAll, ...row }: Props) {
  const allTicked = people.length > 0 && people.every((p) => selected.has(p.id));
  return (
    <div className="table-wrap">
      <table className={`table ${styles.selectable}`}>
        <caption className="visually-hidden">People, including inactive</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.select}>
              {/* On a phone the rows stack and the header hides, but this tick box stays. */}
              <label className={styles.selectAll}>
                <input
                  type="checkbox"
                  checked={allTicked}
                  onChange={(e) => onToggleAll(e.target.checked)}
                />
                <span className={styles.selectAllText}>Select everyone on this page</span>
              </label>
            </th>
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
          {people.map((person) => (
            <tr key={person.id} className={person.active ? undefined : styles.inactive}>
              <td className={styles.select}>
                <input
                  type="checkbox"
                  aria-label={`Select ${person.name}`}
                  checked={selected.has(person.id)}
                  onChange={(e) => onToggle(person, e.target.checked)}
                />
              </td>
              <td>
                <Link to={`/people/${person.id}`} className="nowrap">
                  {person.name}
                </Link>
                <div className="muted small">
                  {[person.title, person.email].filter(Boolean).join(' · ')}
                </div>
              </td>
              <td data-label="Team">{person.team?.name ?? <span className="muted">—</span>}</td>
              <td data-label="Manager">
                {person.manager?.name ?? <span className="muted">—</span>}
              </td>
              <td data-label="Roles">
                {person.roles.map((r) => r.charAt(0) + r.slice(1).toLowerCase()).join(', ')}
              </td>
              <td>
                <Status person={person} />
              </td>
              <td className="cell-actions">
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Edit ${person.name}`}
                  onClick={() => row.onEdit(person)}
                >
                  Edit
                </Button>
                {person.active && person.invitationPending && (
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Resend the invitation to ${person.name}`}
                    busy={row.resendingId === person.id}
                    onClick={() => row.onResend(person)}
                  >
                    Resend invitation
                  </Button>
                )}
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`${person.active ? 'Deactivate' : 'Reactivate'} ${person.name}`}
                  onClick={() => row.onToggleActive(person)}
                >
                  {person.active ? 'Deactivate' : 'Reactivate'}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
