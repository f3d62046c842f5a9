import { Card } from '@/components/ui/card';
import { ErrorState, LoadingState } from '@/components/ui/states';
import {
  usePreferences,
  useUpdatePreferences,
  type NotificationPreference,
} from '@/features/notifications/api/notification-preferences';
import { KIND_LABELS } from '@/features/notifications/components/kind-labels';
import styles from '@/features/notifications/components/notification-preferences.module.css';

const EMAIL_LABELS: Record<NotificationPreference['email'], string> = {
  OFF: 'No e-mail',
  IMMEDIATE: 'Each one',
  DIGEST: 'Daily digest (08:00)',
};

function kindLabel(kind: NotificationPreference['kind']): string {
  return KIND_LABELS[kind];
}

/** Per kind: show in the bell or not, and how it is e-mailed. Each change saves at once. */
export function NotificationPreferences() {
  const preferences = usePreferences();
  const update = useUpdatePreferences();
  const save = (preference: NotificationPreference) => update.mutate({ preferences: [preference] });
  return (
    <Card title="Notifications">
      {preferences.isPending ? (
        <LoadingState label="Loading notification settings…" />
      ) : preferences.isError ? (
        <ErrorState
          title="Notification settings could not be loaded"
          error={preferences.error}
          onRetry={() => preferences.refetch()}
        />
      ) : (
        <div className={styles.wrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">Notification settings per kind</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">In app</th>
                <th scope="col">E-mail</th>
              </tr>
            </thead>
            <tbody>
              {preferences.data.map((p) => (
                <tr key={p.kind}>
                  <th scope="row">{kindLabel(p.kind)}</th>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${kindLabel(p.kind)} in app`}
                      checked={p.inApp}
                      onChange={(event) => save({ ...p, inApp: event.target.checked })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={`${kindLabel(p.kind)} by e-mail`}
                      value={p.email}
                      onChange={(event) =>
                        save({ ...p, email: event.target.value as NotificationPreference['email'] })
                      }
                    >
                      {(['OFF', 'IMMEDIATE', 'DIGEST'] as const).map((choice) => (
                        <option key={choice} value={choice}>
                          {EMAIL_LABELS[choice]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={styles.status} role="status">
            {update.isPending ? 'Saving…' : update.isError ? 'Could not save: try again.' : ''}
          </p>
        </div>
      )}
    </Card>
  );
}
