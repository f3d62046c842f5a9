import { AppLayout } from '@/components/layouts/app-layout';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useLiveEvents } from '@/features/notifications/api/use-live-events';
import { NAV_ITEMS, visibleNavItems } from '@/app/navigation';
import { RequireAuth, useAuth } from '@/lib/auth';

function SignedInShell() {
  const { person, signOut } = useAuth();
  useLiveEvents(person !== null);
  if (!person) return null;
  return (
    <AppLayout
      navItems={visibleNavItems(NAV_ITEMS, person.roles)}
      user={{
        name: person.name,
        email: person.email,
        organization: person.organization.name,
        profileHref: `/people/${person.id}`,
      }}
      onLogout={signOut}
      topbarExtra={<NotificationBell />}
    />
  );
}

export function AuthenticatedLayoutRoute() {
  return (
    <RequireAuth>
      <SignedInShell />
    </RequireAuth>
  );
}
