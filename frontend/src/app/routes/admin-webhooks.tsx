import { ErrorBoundary } from '@/components/ui/error-boundary';
import { WebhooksAdmin } from '@/features/webhooks/components/webhooks-admin';

export function AdminWebhooksRoute() {
  return (
    <ErrorBoundary title="Webhooks could not be shown">
      <WebhooksAdmin />
    </ErrorBoundary>
  );
}
