import { NavLink, Outlet } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';

const TABS = [
  { to: '/settings', label: 'General', end: true },
  { to: '/settings/developer', label: 'Developer', end: false },
];

/** Settings of the signed-in person (and the organization's, for admins), in tabs. */
export function SettingsLayoutRoute() {
  return (
    <>
      <PageHeader
        title="Settings"
        description="How Cairn shows dates and times to you, how it tells you of things, and API access."
      />
      <nav aria-label="Settings sections" className="tabs">
        {TABS.map((tab) => (
          <NavLink key={tab.to} to={tab.to} end={tab.end} className="tab">
            {tab.label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </>
  );
}
