import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo, useContext } from 'react';
import { Avatar } from '@/components/ui/avatar';
import type { CascadeNode } from '@/features/cascade/api/get-cascade';
import { CascadeActionsContext } from '@/features/cascade/components/cascade-actions';
import { HealthBadge, ProgressBar } from '@/features/cascade/components/health';
import { LEVEL_LABEL } from '@/features/cascade/utils/labels';
import { HEALTH_CLASS } from '@/features/cascade/components/health-classes';
import styles from '@/features/cascade/components/cascade.module.css';

export type ObjectiveNodeData = {
  node: CascadeNode;
  expanded: boolean;
  hasChildren: boolean;
  onPath: boolean;
  focused: boolean;
  selected: boolean;
  mine: boolean;
  /** Shown only as the path to (or below) a filter match. */
  context: boolean;
};

export type ObjectiveFlowNode = Node<ObjectiveNodeData, 'objective'>;

function childSummary(node: CascadeNode): string {
  const aligned = `${node.childCount} aligned`;
  return node.hiddenChildCount > 0 ? `${aligned} (${node.hiddenChildCount} private)` : aligned;
}

/** One objective on the map. Memoised: it re-renders only when its own data object changes. */
export const ObjectiveNodeCard = memo(function ObjectiveNodeCard({
  data,
}: NodeProps<ObjectiveFlowNode>) {
  const { node, expanded, hasChildren, onPath, focused, selected, mine, context } = data;
  const actions = useContext(CascadeActionsContext);
  const classes = [
    styles.cascadeNode,
    node.level === 'COMPANY' && styles.levelCompany,
    HEALTH_CLASS[node.health],
    onPath && styles.isOnPath,
    focused && styles.isFocused,
    selected && styles.isSelected,
    context && styles.isContext,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes} data-on-path={onPath || undefined}>
      <Handle id="top" type="target" position={Position.Top} isConnectable={false} />
      <Handle id="left" type="target" position={Position.Left} isConnectable={false} />
      <div className={styles.cascadeNodeTop}>
        <span className={styles.cascadeNodeLevel}>{LEVEL_LABEL[node.level]}</span>
        {mine && <span className={styles.cascadeNodeMine}>Yours</span>}
        <HealthBadge health={node.health} />
      </div>
      <button
        type="button"
        className={styles.cascadeNodeTitle}
        title={node.title}
        onClick={() => actions.select(node.id)}
      >
        {node.title}
      </button>
      <div className={styles.cascadeNodeOwner}>
        <Avatar name={node.owner.name} size="sm" />
        <span>{node.owner.name}</span>
      </div>
      <ProgressBar value={node.progress} label={`Progress of ${node.title}`} />
      <div className={styles.cascadeNodeFooter}>
        {node.childCount > 0 ? (
          hasChildren ? (
            <button
              type="button"
              className={`${styles.cascadeNodeToggle} nodrag`}
              aria-expanded={expanded}
              aria-label={`${expanded ? 'Collapse' : 'Expand'} ${node.title}: ${childSummary(node)}`}
              onClick={(event) => {
                event.stopPropagation();
                actions.toggle(node.id);
              }}
            >
              <span aria-hidden="true">{expanded ? '▾' : '▸'}</span> {childSummary(node)}
            </button>
          ) : (
            <span className="cascade-node-count">{childSummary(node)}</span>
          )
        ) : (
          <span className="cascade-node-count">No aligned objectives</span>
        )}
      </div>
      <Handle id="bottom" type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
});
