import type { PeoplePage, TeamsPage } from '@/features/reviews/api/get-review-options';
import type { WizardValues } from '@/features/reviews/components/cycle-wizard/wizard-schema';

type Person = PeoplePage['items'][number];
type Team = TeamsPage['items'][number];

/** Who the cycle will review, as the server will pick them: a team includes its sub-teams. */
export function reviewees(values: WizardValues, people: Person[], teams: Team[]): Person[] {
  const active = people.filter((person) => person.active);
  if (values.participantScope === 'EVERYONE') return active;
  if (values.participantScope === 'LIST') {
    const chosen = new Set(values.participantIds);
    return active.filter((person) => chosen.has(person.id));
  }
  const included = new Set([values.participantTeamId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const team of teams) {
      if (team.parent && included.has(team.parent.id) && !included.has(team.id)) {
        included.add(team.id);
        grew = true;
      }
    }
  }
  return active.filter((person) => person.team && included.has(person.team.id));
}
