import { AuthLayout } from '@/components/layouts/auth-layout';
import { VerifyEmail } from '@/features/auth/components/verify-email';

export function VerifyEmailRoute() {
  return (
    <AuthLayout title="Confirm your email">
      <VerifyEmail />
    </AuthLayout>
  );
}
