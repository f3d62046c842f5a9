import { PageHeader } from '@/components/layouts/page-header';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { SettingsPage } from '@/features/settings/components/settings-page';

export function SettingsRoute() {
  return (
    <>
      <PageHeader title="Settings" description="How Cairn shows dates and times to you." />
      <ErrorBoundary title="The settings could not be shown">
        <SettingsPage />
      </ErrorBoundary>
    </>
  );
}
