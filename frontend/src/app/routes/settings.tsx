import { ErrorBoundary } from '@/components/ui/error-boundary';
import { NotificationPreferences } from '@/features/notifications/components/notification-preferences';
import { SettingsPage } from '@/features/settings/components/settings-page';

export function SettingsRoute() {
  return (
    <>
      <ErrorBoundary title="The settings could not be shown">
        <SettingsPage />
      </ErrorBoundary>
      <ErrorBoundary title="The notification settings could not be shown">
        <NotificationPreferences />
      </ErrorBoundary>
    </>
  );
}
