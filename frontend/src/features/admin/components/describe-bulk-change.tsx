import type { Option } from '@/components/ui/field';
import type { AdminPerson } from '@/features/admin/api/get-admin-people';
import type { BulkPeopleRequest } from '@/features/admin/api/bulk-people';

function names(people: AdminPerson[]): string {
  const shown = people.slice(0, 5).map((p) => p.name);
  const more = people.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

const label = (options: Option[], id: string | null | undefined) =>
  options.find((o) => o.value === id)?.label ?? '';

/** What a bulk change will do, in one sentence naming the people, for the confirmation. */
export function describeBulkChange(
  request: BulkPeopleRequest,
  people: AdminPerson[],
  teams: Option[],
  managers: Option[],
): string {
  const who = names(people);
  switch (request.action) {
    case 'SET_TEAM':
      return request.teamId
        ? `${who} will move to ${label(teams, request.teamId)}.`
        : `${who} will no longer belong to a team.`;
    case 'SET_MANAGER':
      return request.managerId
        ? `${who} will report to ${label(managers, request.managerId)}. Their history keeps the previous manager.`
        : `${who} will have no manager.`;
    case 'SET_ROLE':
      return request.role === 'ADMIN'
        ? `${who} will become admins: they can manage people, teams, cycles and settings.`
        : `${who} will no longer be admins.`;
    case 'DEACTIVATE':
      return `${who} will no longer be able to sign in and will be hidden from the directory. Their history is kept, and you can reactivate them.`;
    case 'REACTIVATE':
      return `${who} will be able to sign in again and will appear in the directory.`;
  }
}
