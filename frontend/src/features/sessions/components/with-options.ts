import type { PeoplePage } from '@/features/sessions/api/get-schedule-options';

type Person = PeoplePage['items'][number];

/** "With" choices: the caller's reports first, then their manager, then everyone else by name. */
export function withOptions(people: Person[], meId: string) {
  const managerId = people.find((p) => p.id === meId)?.manager?.id;
  const rank = (p: Person) => (p.manager?.id === meId ? 0 : p.id === managerId ? 1 : 2);
  return people
    .filter((p) => p.id !== meId && p.active)
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name))
    .map((p) => ({
      value: p.id,
      label:
        rank(p) === 0
          ? `${p.name} (your report)`
          : rank(p) === 1
            ? `${p.name} (your manager)`
            : p.name,
    }));
}
