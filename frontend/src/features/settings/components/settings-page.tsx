import { Card } from '@/components/ui/card';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { ThemeSwitch } from '@/components/ui/theme-switch';
import { useOrganization } from '@/features/settings/api/get-organization';
import { useSessionSettings } from '@/features/settings/api/session-settings';
import { OrganizationForm } from '@/features/settings/components/organization-form';
import { PreferencesForm } from '@/features/settings/components/preferences-form';
import { SessionSettingsForm } from '@/features/settings/components/session-settings-form';
import styles from '@/features/settings/components/settings.module.css';
import { useAuth } from '@/lib/auth';

/** The signed-in person's settings, and the organization's for admins. */
export function SettingsPage() {
  const { person, isAdmin } = useAuth();
  if (!person) return null;
  return (
    <div className={styles.sections}>
      <Card title="Personal">
        <PreferencesForm person={person} />
      </Card>
      <Card title="Appearance">
        <div className="stack-sm">
          <ThemeSwitch />
          <p className="muted small">
            System follows your device&apos;s light or dark setting. Remembered on this browser.
          </p>
        </div>
      </Card>
      {isAdmin && <OrganizationSettings />}
      {isAdmin && <OneOnOneSettings />}
    </div>
  );
}

function OrganizationSettings() {
  const organization = useOrganization();
  return (
    <Card title="Organization">
      {organization.isPending && <LoadingState label="Loading the organization…" />}
      {organization.isError && <ErrorState error={organization.error} />}
      {organization.data && <OrganizationForm organization={organization.data} />}
    </Card>
  );
}

function OneOnOneSettings() {
  const settings = useSessionSettings();
  return (
    <Card title="1:1s">
      {settings.isPending && <LoadingState label="Loading the 1:1 settings…" />}
      {settings.isError && <ErrorState error={settings.error} />}
      {settings.data && <SessionSettingsForm settings={settings.data} />}
    </Card>
  );
}
