import { NavLink, Outlet } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { RequireRole } from '@/lib/auth';
import { ForbiddenPage } from '@/app/routes/not-found';

const TABS = [
  { to: '/admin/people', label: 'People' },
  { to: '/admin/teams', label: 'Teams' },
  { to: '/admin/periods', label: 'Periods' },
  { to: '/admin/review-templates', label: 'Review templates' },
  { to: '/admin/review-cycles', label: 'Review cycles' },
  { to: '/admin/company-values', label: 'Company values' },
  { to: '/admin/feedback', label: 'Feedback' },
  { to: '/admin/service-accounts', label: 'Service accounts' },
  { to: '/admin/audit-log', label: 'Audit log' },
];

export function AdminLayoutRoute() {
  return (
    <RequireRole role="ADMIN" fallback={<ForbiddenPage />}>
      <PageHeader
        title="Admin"
        description="Manage people, teams, periods, reviews, feedback and integrations for your organization."
      />
      <nav aria-label="Admin sections" className="tabs tabs-wrap">
        {TABS.map((tab) => (
          <NavLink key={tab.to} to={tab.to} className="tab">
            {tab.label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </RequireRole>
  );
}
