import { AppLayout } from '@/components/layouts/app-layout';
import { NAV_ITEMS, visibleNavItems } from '@/app/navigation';
import { RequireAuth, useAuth } from '@/lib/auth';

function SignedInShell() {
  const { person, signOut } = useAuth();
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
