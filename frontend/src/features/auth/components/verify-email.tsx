import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { LoadingState } from '@/components/ui/states';
import { useVerifyEmail } from '@/features/auth/api/account';
import styles from '@/features/auth/components/auth-pages.module.css';
import { tokenFromHash } from '@/features/auth/components/password-rules';

/** The page the sign-up link opens: confirms the email once, then offers to sign in. */
export function VerifyEmail() {
  const token = tokenFromHash(useLocation().hash);
  const verify = useVerifyEmail();
  const sent = useRef(false);

  useEffect(() => {
    if (token && !sent.current) {
      sent.current = true;
      verify.mutate(token);
    }
  }, [token, verify]);

  if (verify.isSuccess) {
    return (
      <div role="status" className={styles.centered}>
        <p className={styles.message}>Your email is confirmed. You can sign in now.</p>
        <Link to="/login" className="btn btn-primary btn-block">
          Sign in
        </Link>
      </div>
    );
  }
  if (verify.isError || !token) {
    return (
      <div role="alert" className={styles.centered}>
        <p className={styles.message}>
          This link does not work any more: it was used already or has expired. If your email is
          confirmed, just sign in; otherwise sign in to have a new link sent.
        </p>
        <Link to="/login">Go to sign in</Link>
      </div>
    );
  }
  return <LoadingState label="Confirming your email…" />;
}
