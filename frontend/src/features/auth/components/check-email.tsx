import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useResendVerification } from '@/features/auth/api/account';
import styles from '@/features/auth/components/auth-pages.module.css';
import { toFormErrors } from '@/lib/problem';

/** After sign-up: the account works once the link in the e-mail is opened. */
export function CheckEmail({ email }: { email: string }) {
  const resend = useResendVerification();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div role="status">
      <p className={styles.message}>
        We sent a link to <span className={styles.email}>{email}</span>. Open it to confirm your
        email, then sign in. The link works for two days.
      </p>
      <FormAlert tone="info" message={notice} />
      <Button
        busy={resend.isPending}
        onClick={() =>
          resend.mutate(email, {
            onSuccess: () => setNotice('We sent the link again. Check your spam folder too.'),
            onError: (error) => setNotice(toFormErrors(error).detail),
          })
        }
      >
        Send the link again
      </Button>
    </div>
  );
}
