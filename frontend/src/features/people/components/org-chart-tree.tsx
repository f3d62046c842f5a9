import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useOrgChart } from '@/features/people/api/get-org-chart';
import {
  buildOrgTree,
  countDescendants,
  type OrgTreeNode,
} from '@/features/people/components/build-org-tree';
import styles from '@/features/people/components/org-chart-tree.module.css';

type TreeProps = {
  nodes: OrgTreeNode[];
  collapsed: Set<string>;
  onToggle: (id: string) => void;
};

function OrgBranch({ nodes, collapsed, onToggle }: TreeProps) {
  return (
    <ul className={styles.tree}>
      {nodes.map((node) => {
        const hasReports = node.reports.length > 0;
        const open = hasReports && !collapsed.has(node.id);
        return (
          <li key={node.id}>
            <div className={styles.node}>
              {hasReports ? (
                <button
                  type="button"
                  className={styles.toggle}
                  aria-expanded={open}
                  aria-label={`${open ? 'Collapse' : 'Expand'} ${node.name}'s team`}
                  onClick={() => onToggle(node.id)}
                >
                  <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                </button>
              ) : (
                <span className={styles.spacer} aria-hidden="true" />
              )}
              <Link to={`/people/${node.id}`} className={styles.name}>
                {node.name}
              </Link>
              <span className={styles.meta}>
                {[node.title, node.team?.name].filter(Boolean).join(' · ')}
              </span>
              {hasReports && (
                <span className={styles.count}>
                  {node.reports.length} direct · {countDescendants(node)} total
                </span>
              )}
            </div>
            {open && <OrgBranch nodes={node.reports} collapsed={collapsed} onToggle={onToggle} />}
          </li>
        );
      })}
    </ul>
  );
}

/** Indented, collapsible tree of reporting lines; every toggle is a real button. */
export function OrgChartTree() {
  const chart = useOrgChart();
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const forest = useMemo(() => buildOrgTree(chart.data?.nodes ?? []), [chart.data]);

  if (chart.isPending) return <LoadingState label="Loading the org chart…" />;
  if (chart.isError)
    return (
      <ErrorState
        title="The org chart could not be loaded"
        error={chart.error}
        onRetry={() => chart.refetch()}
      />
    );
  if (forest.length === 0) return <EmptyState title="No one is in the organization yet" />;

  const managers = chart.data.nodes.filter((node) =>
    chart.data.nodes.some((other) => other.managerId === node.id),
  );
  const toggle = (id: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Card
      title={`${chart.data.nodes.length} people`}
      actions={
        <div className="button-row">
          <Button size="sm" onClick={() => setCollapsed(new Set())}>
            Expand all
          </Button>
          <Button size="sm" onClick={() => setCollapsed(new Set(managers.map((m) => m.id)))}>
            Collapse all
          </Button>
        </div>
      }
    >
      <OrgBranch nodes={forest} collapsed={collapsed} onToggle={toggle} />
    </Card>
  );
}
