import { PageHeader } from '@/components/layouts/page-header';
import { Card } from '@/components/ui/card';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';

export function AccountRoute() {
  return (
    <>
      <PageHeader title="Account" description="Your password and sign-ins." />
      <Card title="Change password">
        <ChangePasswordForm />
      </Card>
    </>
  );
}
