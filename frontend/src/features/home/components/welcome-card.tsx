import { Link } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { Card } from '@/components/ui/card';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useMe, type MeResponse } from '@/features/home/api/get-me';
import { useMyReports } from '@/features/home/api/get-my-reports';
import { viewerHour } from '@/lib/format-date';
import styles from '@/features/home/components/welcome-card.module.css';

/** By the hour on the viewer's clock (their zone from their profile, else the browser's). */
function greeting(hour = viewerHour()): string {
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

function DirectReports({ me }: { me: MeResponse }) {
  const reports = useMyReports(me.id, me.reportCount > 0);
  if (me.reportCount === 0) return <p className="muted">You have no direct reports.</p>;
  if (reports.isPending) return <LoadingState label="Loading your team…" />;
  if (reports.isError)
    return (
      <ErrorState
        title="Your direct reports could not be loaded"
        error={reports.error}
        onRetry={() => reports.refetch()}
      />
    );
  return (
    <ul className="people-list">
      {reports.data.items.map((report) => (
        <li key={report.id}>
          <Avatar name={report.name} size="sm" />
          <div>
            <Link to={`/people/${report.id}`}>{report.name}</Link>
            {report.title && <span className="muted"> · {report.title}</span>}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function WelcomeCard() {
  const me = useMe();
  if (me.isPending) return <LoadingState label="Loading your profile…" />;
  if (me.isError)
    return (
      <ErrorState
        title="Your profile could not be loaded"
        error={me.error}
        onRetry={() => me.refetch()}
      />
    );

  const person = me.data;
  const firstName = person.name.split(' ')[0];
  return (
    <div className="stack">
      <Card>
        <div className={styles.welcome}>
          <Avatar name={person.name} size="lg" />
          <div>
            <h1 className={styles.title}>
              {greeting()}, {firstName}
            </h1>
            <p className={styles.subtitle}>
              {person.title || 'No title yet'} · {person.organization.name}
            </p>
          </div>
        </div>
        <dl className="details details-inline">
          <dt>Team</dt>
          <dd>{person.team?.name ?? <span className="muted">No team</span>}</dd>
          <dt>Manager</dt>
          <dd>
            {person.manager ? (
              <Link to={`/people/${person.manager.id}`}>{person.manager.name}</Link>
            ) : (
              <span className="muted">No manager</span>
            )}
          </dd>
          <dt>Email</dt>
          <dd>{person.email}</dd>
        </dl>
      </Card>
      <Card title={`Your direct reports (${person.reportCount})`}>
        <DirectReports me={person} />
      </Card>
    </div>
  );
}
