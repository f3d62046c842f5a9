import { PageHeader } from '@/components/layouts/page-header';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { NotificationsPage } from '@/features/notifications/components/notifications-page';

export function NotificationsRoute() {
  return (
    <>
      <PageHeader title="Notifications" description="What happened to you, and every reminder." />
      <ErrorBoundary title="Your notifications could not be shown">
        <NotificationsPage />
      </ErrorBoundary>
    </>
  );
}
