import { Link } from 'react-router';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useObjectives, type ObjectiveSummary } from '@/features/objectives/api/get-objectives';
import { ObjectiveListItem } from '@/features/objectives/components/objective-list-item';
import { needsCheckIn } from '@/features/objectives/utils/format';
import { useAuth } from '@/lib/auth';
import styles from '@/features/objectives/components/objective-list.module.css';

/** Days after which one's own active objective asks for a check-in on Home. */
const CHECK_IN_DAYS = 7;
const SEVERITY = { OFF_TRACK: 0, AT_RISK: 1, ON_TRACK: 2 } as const;

function ObjectiveCard({
  title,
  query,
  select,
  empty,
  showOwner,
  more,
}: {
  title: string;
  more: { to: string; label: string };
  query: ReturnType<typeof useObjectives>;
  select: (items: ObjectiveSummary[]) => ObjectiveSummary[];
  empty: string;
  showOwner?: boolean;
}) {
  let body;
  if (query.isPending) body = <LoadingState label="Loading objectives…" />;
  else if (query.isError)
    body = (
      <ErrorState
        title="Objectives could not be loaded"
        error={query.error}
        onRetry={() => query.refetch()}
      />
    );
  else {
    const items = select(query.data.items);
    body =
      items.length === 0 ? (
        <EmptyState title={empty} />
      ) : (
        <ul className={styles.list} aria-label={title}>
          {items.map((o) => (
            <ObjectiveListItem key={o.id} objective={o} showOwner={showOwner} />
          ))}
        </ul>
      );
  }
  return (
    <Card title={title} actions={<Link to={more.to}>{more.label}</Link>}>
      {body}
    </Card>
  );
}

/** Home: my active objectives without a check-in in the last week. */
export function ObjectivesNeedingCheckIn() {
  const { person } = useAuth();
  const query = useObjectives({
    ownerId: person!.id,
    status: ['ACTIVE'],
    size: 200,
    sort: 'title',
  });
  return (
    <ObjectiveCard
      title="My objectives needing a check-in"
      query={query}
      more={{ to: '/objectives', label: 'All my objectives' }}
      select={(items) => items.filter((o) => needsCheckIn(o.lastCheckInAt, CHECK_IN_DAYS))}
      empty="You are up to date: every active objective had a check-in this week."
    />
  );
}

/** Home, for managers: the reports' active objectives that are at risk or off track. */
export function ReportsObjectivesAtRisk() {
  const { person } = useAuth();
  const query = useObjectives({
    reportsOf: person!.id,
    status: ['ACTIVE'],
    size: 200,
    sort: 'title',
  });
  return (
    <ObjectiveCard
      title="My reports' objectives at risk"
      query={query}
      more={{ to: '/objectives/team', label: 'Team objectives' }}
      showOwner
      select={(items) =>
        items
          .filter((o) => o.health !== 'ON_TRACK')
          .sort((a, b) => SEVERITY[a.health] - SEVERITY[b.health])
      }
      empty="Nothing at risk: all your reports' active objectives are on track."
    />
  );
}
