import { useState } from 'react';
import { Link } from 'react-router';
import { AuthLinks } from '@/features/auth/components/auth-links';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { CheckEmail } from '@/features/auth/components/check-email';
import { SignUpForm } from '@/features/auth/components/sign-up-form';

export function SignUpRoute() {
  const [email, setEmail] = useState<string | null>(null);
  return (
    <AuthLayout title={email ? 'Check your email' : 'Create your organization'}>
      {email ? <CheckEmail email={email} /> : <SignUpForm onSignedUp={setEmail} />}
      <AuthLinks>
        Already using Cairn? <Link to="/login">Sign in</Link>
      </AuthLinks>
    </AuthLayout>
  );
}
