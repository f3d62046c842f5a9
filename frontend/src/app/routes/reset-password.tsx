import { AuthLayout } from '@/components/layouts/auth-layout';
import { LinkPassword } from '@/features/auth/components/link-password';

export function ResetPasswordRoute() {
  return (
    <AuthLayout title="Choose a new password">
      <LinkPassword purpose="RESET_PASSWORD" />
    </AuthLayout>
  );
}

export function AcceptInviteRoute() {
  return (
    <AuthLayout title="Join your team on Cairn">
      <LinkPassword purpose="INVITE" />
    </AuthLayout>
  );
}
