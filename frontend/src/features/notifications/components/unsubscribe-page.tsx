import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { unsubscribe } from '@/features/notifications/api/notification-preferences';

type State = { status: 'idle' | 'busy' | 'done' | 'failed'; message?: string };

/** The unsubscribe link of a notification e-mail: one click, no sign-in (the token is in the fragment). */
export function UnsubscribePage() {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const [state, setState] = useState<State>({ status: 'idle' });
  const confirm = async () => {
    setState({ status: 'busy' });
    try {
      const result = await unsubscribe(token);
      const kind = result.kind.toLowerCase().replace(/_/g, ' ');
      setState({ status: 'done', message: `You will no longer get "${kind}" e-mails.` });
    } catch {
      setState({
        status: 'failed',
        message:
          'This link is not valid or was used already. Change your settings after signing in.',
      });
    }
  };
  return (
    <div className="stack">
      {state.status === 'done' || state.status === 'failed' ? (
        <p role="status">{state.message}</p>
      ) : (
        <>
          <p>Stop e-mails of this kind of notification? You keep seeing them in Cairn.</p>
          <Button
            variant="primary"
            onClick={confirm}
            busy={state.status === 'busy'}
            disabled={!token}
          >
            Stop these e-mails
          </Button>
        </>
      )}
      <p>
        <Link to="/settings">All notification settings</Link>
      </p>
    </div>
  );
}
