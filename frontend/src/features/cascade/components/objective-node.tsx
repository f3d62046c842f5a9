import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo, useContext } from 'react';
import { Avatar } from '@/components/ui/avatar';
import type { CascadeNode } from '@/features/cascade/api/get-cascade';
import { CascadeActionsContext } from '@/features/cascade/components/cascade-actions';
import { HealthBadge, ProgressBar } from '@/features/cascade/components/health';
import { LEVEL_LABEL } from '@/features/cascade/utils/labels';

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
    'cascade-node',
    `level-${node.level.toLowerCase()}`,
    `health-${node.health.toLowerCase().replace('_', '-')}`,
    onPath && 'is-on-path',
    focused && 'is-focused',
    selected && 'is-selected',
    mine && 'is-mine',
    context && 'is-context',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes} data-on-path={onPath || undefined}>
      <Handle id="top" type="target" position={Position.Top} isConnectable={false} />
      <Handle id="left" type="target" position={Position.Left} isConnectable={false} />
      <div className="cascade-node-top">
        <span className="cascade-node-level">{LEVEL_LABEL[node.level]}</span>
        {mine && <span className="cascade-node-mine">Yours</span>}
        <HealthBadge health={node.health} />
      </div>
      <button
        type="button"
        className="cascade-node-title"
        title={node.title}
        onClick={() => actions.select(node.id)}
      >
        {node.title}
      </button>
      <div className="cascade-node-owner">
        <Avatar name={node.owner.name} size="sm" />
        <span>{node.owner.name}</span>
      </div>
      <ProgressBar value={node.progress} label={`Progress of ${node.title}`} />
      <div className="cascade-node-footer">
        {node.childCount > 0 ? (
          hasChildren ? (
            <button
              type="button"
              className="cascade-node-toggle nodrag"
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
