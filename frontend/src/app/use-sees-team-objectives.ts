import { useAuth } from '@/lib/auth';

/** Managers (people with reports) and admins also see their team's objectives. */
export function useSeesTeamObjectives() {
  const { person, isAdmin } = useAuth();
  return isAdmin || (person?.reportCount ?? 0) > 0;
}
