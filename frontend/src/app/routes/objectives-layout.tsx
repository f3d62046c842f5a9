import { NavLink, Outlet } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { useSeesTeamObjectives } from '@/app/use-sees-team-objectives';

export function ObjectivesLayoutRoute() {
  const team = useSeesTeamObjectives();
  return (
    <>
      <PageHeader
        title="Objectives"
        description="What you are working towards this period, and how it ladders up to the company goals."
      />
      <nav aria-label="Objectives sections" className="tabs">
        <NavLink to="/objectives" end className="tab">
          My objectives
        </NavLink>
        {team && (
          <NavLink to="/objectives/team" className="tab">
            Team objectives
          </NavLink>
        )}
      </nav>
      <Outlet />
    </>
  );
}
