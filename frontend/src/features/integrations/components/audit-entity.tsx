import { Link } from 'react-router';
import type { AuditEvent } from '@/features/integrations/api/audit-events';

/** Where the SPA shows each kind of resource the audit log names (null: no page of its own). */
function entityPath(type: string, id: string): string | null {
  switch (type) {
    case 'people':
      return `/people/${id}`;
    case 'objectives':
      return `/objectives/${id}`;
    case 'sessions':
      return `/one-on-ones/${id}`;
    case 'reviews':
      return `/reviews/${id}`;
    case 'review-cycles':
      return `/admin/review-cycles/${id}`;
    case 'feedback':
      return `/feedback/${id}`;
    case 'teams':
      return '/admin/teams';
    case 'periods':
      return '/admin/periods';
    case 'service-accounts':
      return '/admin/service-accounts';
    case 'organizations':
    case 'session-settings':
    case 'feedback-settings':
      return '/settings';
    default:
      return null;
  }
}

/** The resource an event is about: a link to its page where it has one. */
export function AuditEntity({ event }: { event: AuditEvent }) {
  if (!event.resourceType) return <span className="muted">—</span>;
  const path = event.resourceId ? entityPath(event.resourceType, event.resourceId) : null;
  const text = event.summary ?? event.resourceType;
  return (
    <>
      <div className="muted small">{event.resourceType}</div>
      {path && !event.action.endsWith('.deleted') ? <Link to={path}>{text}</Link> : text}
    </>
  );
}
