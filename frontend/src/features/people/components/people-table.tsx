import { Link } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/card';
import type { Person } from '@/features/people/api/get-people';

export function PeopleTable({ people }: { people: Person[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">People</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Title</th>
            <th scope="col">Team</th>
            <th scope="col">Manager</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <td>
                <span className="person-cell">
                  <Avatar name={person.name} size="sm" />
                  <Link to={`/people/${person.id}`}>{person.name}</Link>
                  {!person.active && <Badge tone="muted">Inactive</Badge>}
                </span>
              </td>
              <td>{person.title || <span className="muted">—</span>}</td>
              <td>{person.team?.name ?? <span className="muted">—</span>}</td>
              <td>
                {person.manager ? (
                  <Link to={`/people/${person.manager.id}`}>{person.manager.name}</Link>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
