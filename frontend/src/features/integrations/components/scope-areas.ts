/**
 * The areas an API token's scopes name (`AREA:read` or `AREA:write`, write including read), as the
 * backend's ApiArea enum and docs/integrations.md list them.
 */
export const SCOPE_AREAS = [
  { key: 'objectives', label: 'Objectives', hint: 'Objectives, key results, comments, alignment' },
  { key: 'check-ins', label: 'Check-ins', hint: 'Check-ins on objectives and key results' },
  { key: 'cascade', label: 'Cascade', hint: 'The objective cascade' },
  { key: 'sessions', label: '1:1s', hint: 'Sessions, shared agendas, notes, action items' },
  { key: 'reviews', label: 'Reviews', hint: 'Templates, cycles, reviews, summaries' },
  { key: 'feedback', label: 'Feedback', hint: 'Feedback, requests, praise, company values' },
  { key: 'people', label: 'People', hint: 'People, teams, periods, /me, organization settings' },
  { key: 'reports', label: 'Reports', hint: 'Reports and their CSV exports' },
  { key: 'notifications', label: 'Notifications', hint: 'Notifications, preferences, reminders' },
  { key: 'webhooks', label: 'Webhooks', hint: 'Webhook subscriptions and deliveries' },
  { key: 'audit', label: 'Audit log', hint: 'The audit log (admins)' },
] as const;

export type Access = 'none' | 'read' | 'write';
export type ScopeChoice = Record<string, Access>;

export function noScopes(): ScopeChoice {
  return Object.fromEntries(SCOPE_AREAS.map((area) => [area.key, 'none']));
}

/** `{objectives: 'read'}` → `['objectives:read']`, in the areas' order. */
export function toScopes(choice: ScopeChoice): string[] {
  return SCOPE_AREAS.filter((area) => choice[area.key] && choice[area.key] !== 'none').map(
    (area) => `${area.key}:${choice[area.key]}`,
  );
}

/** `['objectives:read', 'people:write']` → the choice per area (write wins over read). */
export function fromScopes(scopes: readonly string[]): ScopeChoice {
  const choice = noScopes();
  for (const scope of scopes) {
    const [area, access] = scope.split(':');
    if (area in choice && (access === 'write' || choice[area] === 'none'))
      choice[area] = access === 'write' ? 'write' : 'read';
  }
  return choice;
}

/** Whether a ceiling (a service account's scopes) allows `access` on `area`. */
export function allows(ceiling: ScopeChoice | undefined, area: string, access: Access): boolean {
  if (!ceiling || access === 'none') return true;
  const granted = ceiling[area];
  return granted === 'write' || (granted === 'read' && access === 'read');
}
