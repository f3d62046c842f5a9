import {
  Link,
  Navigate,
  useLocation,
  useNavigate,
  useSearchParams,
  type Location,
} from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { FormAlert } from '@/components/ui/form-alert';
import { LoadingState } from '@/components/ui/states';
import { AuthLinks } from '@/features/auth/components/auth-links';
import { LoginForm } from '@/features/auth/components/login-form';
import { SESSION_EXPIRED_MESSAGE, useAuth } from '@/lib/auth';

export function LoginRoute() {
  const { status, session, signIn } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: Location } | null)?.from;
  const target = from && from.pathname !== '/login' ? `${from.pathname}${from.search}` : '/';

  if (session) return <Navigate to={target} replace />;
  if (status === 'loading') return <LoadingState label="Signing you in…" />;

  return (
    <AuthLayout title="Sign in to Cairn">
      {params.get('expired') === '1' && <FormAlert tone="info" message={SESSION_EXPIRED_MESSAGE} />}
      {params.get('password') === 'set' && (
        <FormAlert tone="info" message="Your password is set. Sign in with it." />
      )}
      <LoginForm
        onSuccess={(response) => {
          signIn({
            accessToken: response.accessToken,
            expiresAt: response.expiresAt,
            person: response.person,
          });
          navigate(target, { replace: true });
        }}
      />
      <AuthLinks>
        <Link to="/forgot-password">Forgot your password?</Link>
        <Link to="/signup">Create an organization</Link>
      </AuthLinks>
    </AuthLayout>
  );
}
