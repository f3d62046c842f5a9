import { Link } from 'react-router';
import { AuthLinks } from '@/features/auth/components/auth-links';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';

export function ForgotPasswordRoute() {
  return (
    <AuthLayout title="Forgot your password?">
      <ForgotPasswordForm />
      <AuthLinks>
        <Link to="/login">Back to sign in</Link>
      </AuthLinks>
    </AuthLayout>
  );
}
