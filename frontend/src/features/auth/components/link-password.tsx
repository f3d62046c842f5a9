import { Link, useLocation, useNavigate } from 'react-router';
import { LoadingState } from '@/components/ui/states';
import { useLinkInfo } from '@/features/auth/api/account';
import styles from '@/features/auth/components/auth-pages.module.css';
import { tokenFromHash } from '@/features/auth/components/password-rules';
import { SetPasswordForm } from '@/features/auth/components/set-password-form';

/** The page a reset or invitation link opens: greets the person, then lets them choose a password. */
export function LinkPassword({ purpose }: { purpose: 'RESET_PASSWORD' | 'INVITE' }) {
  const token = tokenFromHash(useLocation().hash);
  const navigate = useNavigate();
  const link = useLinkInfo(token);

  if (!token || link.isError || (link.data && link.data.purpose !== purpose)) {
    return (
      <div role="alert" className={styles.centered}>
        <p className={styles.message}>
          This link does not work any more: it was used already or has expired.{' '}
          {purpose === 'INVITE'
            ? 'Ask your administrator to send the invitation again.'
            : 'You can ask for a new one.'}
        </p>
        {purpose === 'RESET_PASSWORD' && <Link to="/forgot-password">Get a new link</Link>}
      </div>
    );
  }
  if (!link.data) return <LoadingState />;
  return (
    <>
      <p className={styles.message}>
        {purpose === 'INVITE'
          ? `Welcome, ${link.data.name}. Choose a password to join ${link.data.organizationName}.`
          : `Choose a new password for ${link.data.email} at ${link.data.organizationName}.`}
      </p>
      <SetPasswordForm
        token={token}
        submitLabel={purpose === 'INVITE' ? 'Set password and continue' : 'Set new password'}
        onDone={() => navigate('/login?password=set', { replace: true })}
      />
    </>
  );
}
