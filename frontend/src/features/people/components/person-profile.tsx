import { Link } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { Avatar } from '@/components/ui/avatar';
import { Badge, Card } from '@/components/ui/card';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { usePerson } from '@/features/people/api/get-person';
import { usePersonReports } from '@/features/people/api/get-person-reports';
import { isApiError } from '@/lib/problem';
import styles from '@/features/people/components/person-profile.module.css';

function DirectReports({ personId }: { personId: string }) {
  const reports = usePersonReports(personId);
  if (reports.isPending) return <LoadingState label="Loading direct reports…" />;
  if (reports.isError)
    return (
      <ErrorState
        title="Direct reports could not be loaded"
        error={reports.error}
        onRetry={() => reports.refetch()}
      />
    );
  if (reports.data.items.length === 0) return <EmptyState title="No direct reports" />;
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

export function PersonProfile({ personId }: { personId: string }) {
  const person = usePerson(personId);
  const back = <Link to="/people">← People</Link>;

  if (person.isPending) return <LoadingState label="Loading profile…" />;
  if (person.isError) {
    const notFound = isApiError(person.error) && person.error.status === 404;
    return (
      <>
        <PageHeader
          title={notFound ? 'Person not found' : 'Profile unavailable'}
          breadcrumb={back}
        />
        {notFound ? (
          <EmptyState title="We could not find this person">
            They may have been removed, or the link is wrong.
          </EmptyState>
        ) : (
          <ErrorState error={person.error} onRetry={() => person.refetch()} />
        )}
      </>
    );
  }

  const p = person.data;
  return (
    <>
      <PageHeader
        breadcrumb={back}
        title={
          <span className={styles.titleWithAvatar}>
            <Avatar name={p.name} size="lg" />
            <span>
              {p.name} {!p.active && <Badge tone="muted">Inactive</Badge>}
              <span className={styles.subtitle}>{p.title || 'No title'}</span>
            </span>
          </span>
        }
      />
      <div className="grid-2">
        <Card title="Details">
          <dl className="details">
            <dt>Email</dt>
            <dd>
              <a href={`mailto:${p.email}`}>{p.email}</a>
            </dd>
            <dt>Team</dt>
            <dd>{p.team?.name ?? <span className="muted">No team</span>}</dd>
            <dt>Manager</dt>
            <dd>
              {p.manager ? (
                <Link to={`/people/${p.manager.id}`}>{p.manager.name}</Link>
              ) : (
                <span className="muted">No manager</span>
              )}
            </dd>
          </dl>
        </Card>
        <Card title={`Direct reports (${p.reportCount})`}>
          <ErrorBoundary title="Direct reports could not be shown">
            <DirectReports personId={p.id} />
          </ErrorBoundary>
        </Card>
      </div>
    </>
  );
}
