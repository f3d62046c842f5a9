import { ErrorBoundary } from '@/components/ui/error-boundary';
import { AuditLogAdmin } from '@/features/integrations/components/audit-log-admin';
import { ServiceAccountsAdmin } from '@/features/integrations/components/service-accounts-admin';

export function AdminServiceAccountsRoute() {
  return (
    <ErrorBoundary title="Service accounts could not be shown">
      <ServiceAccountsAdmin />
    </ErrorBoundary>
  );
}

export function AdminAuditLogRoute() {
  return (
    <ErrorBoundary title="The audit log could not be shown">
      <AuditLogAdmin />
    </ErrorBoundary>
  );
}
