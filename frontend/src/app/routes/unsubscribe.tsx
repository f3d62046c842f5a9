import { AuthLayout } from '@/components/layouts/auth-layout';
import { UnsubscribePage } from '@/features/notifications/components/unsubscribe-page';

export function UnsubscribeRoute() {
  return (
    <AuthLayout title="Stop these e-mails">
      <UnsubscribePage />
    </AuthLayout>
  );
}
