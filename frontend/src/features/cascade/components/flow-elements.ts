import { Position as Side, type Edge, type NodeHandle } from '@xyflow/react';
import type {
  ObjectiveFlowNode,
  ObjectiveNodeData,
} from '@/features/cascade/components/objective-node';
import type { VisibleNode } from '@/features/cascade/utils/cascade-tree';
import { NODE_HEIGHT, NODE_WIDTH, type Position } from '@/features/cascade/utils/layout-cascade';

const SIZE = { width: NODE_WIDTH, height: NODE_HEIGHT };
/** Where objective-node.tsx draws its handles, so edges need no DOM measurement. */
const HANDLES: NodeHandle[] = [
  {
    id: 'bottom',
    type: 'source',
    position: Side.Bottom,
    x: NODE_WIDTH / 2,
    y: NODE_HEIGHT,
    width: 1,
    height: 1,
  },
  { id: 'top', type: 'target', position: Side.Top, x: NODE_WIDTH / 2, y: 0, width: 1, height: 1 },
  {
    id: 'left',
    type: 'target',
    position: Side.Left,
    x: 0,
    y: NODE_HEIGHT / 2,
    width: 1,
    height: 1,
  },
];

export type NodeFlags = {
  highlighted: ReadonlySet<string>;
  focusId: string | null;
  selectedId: string | null;
  mine: ReadonlySet<string>;
  /** A team or person filter is on: nodes that only give context are dimmed. */
  filtered: boolean;
};

function sameData(a: ObjectiveNodeData, b: ObjectiveNodeData): boolean {
  return (
    a.node === b.node &&
    a.expanded === b.expanded &&
    a.hasChildren === b.hasChildren &&
    a.onPath === b.onPath &&
    a.focused === b.focused &&
    a.selected === b.selected &&
    a.mine === b.mine &&
    a.context === b.context
  );
}

/**
 * Builds React Flow's nodes and edges, reusing the previous object of every node and edge
 * that did not change. React Flow re-renders a node only when its object changes, so a
 * selection or a highlighted path re-renders the handful of nodes involved, not all of them.
 */
export class FlowElementCache {
  private nodesById = new Map<string, ObjectiveFlowNode>();
  private edgesById = new Map<string, Edge>();

  nodes(
    visible: readonly VisibleNode[],
    positions: ReadonlyMap<string, Position>,
    flags: NodeFlags,
  ): ObjectiveFlowNode[] {
    const next = new Map<string, ObjectiveFlowNode>();
    const result = visible.map(({ node, expanded, hasChildren }) => {
      const position = positions.get(node.id) ?? { x: 0, y: 0 };
      const data: ObjectiveNodeData = {
        node,
        expanded,
        hasChildren,
        onPath: flags.highlighted.has(node.id),
        focused: flags.focusId === node.id,
        selected: flags.selectedId === node.id,
        mine: flags.mine.has(node.id),
        context: flags.filtered && !node.match,
      };
      const previous = this.nodesById.get(node.id);
      const flowNode =
        previous && previous.position === position && sameData(previous.data, data)
          ? previous
          : {
              id: node.id,
              type: 'objective' as const,
              position,
              data,
              width: NODE_WIDTH,
              height: NODE_HEIGHT,
              // Known sizes and handles: React Flow need not render every node once to measure
              // it, so only the nodes in view are ever mounted (onlyRenderVisibleElements).
              measured: SIZE,
              handles: HANDLES,
            };
      next.set(node.id, flowNode);
      return flowNode;
    });
    this.nodesById = next;
    return result;
  }

  edges(
    visible: readonly VisibleNode[],
    positions: ReadonlyMap<string, Position>,
    highlighted: ReadonlySet<string>,
  ): Edge[] {
    const next = new Map<string, Edge>();
    const result: Edge[] = [];
    for (const { node } of visible) {
      if (!node.parentId) continue;
      const id = `${node.parentId}->${node.id}`;
      const onPath = highlighted.has(node.id) && highlighted.has(node.parentId);
      // Stacked leaves hang off a spine into their left side; others are entered from the top.
      const targetHandle = positions.get(node.id)?.stacked ? 'left' : 'top';
      const previous = this.edgesById.get(id);
      const edge =
        previous &&
        (previous.className === 'is-on-path') === onPath &&
        previous.targetHandle === targetHandle
          ? previous
          : {
              id,
              source: node.parentId,
              target: node.id,
              sourceHandle: 'bottom',
              targetHandle,
              type: 'smoothstep',
              // A plain class name for React Flow's edge element: cascade.module.css styles it
              // through :global(.react-flow__edge.is-on-path).
              className: onPath ? 'is-on-path' : undefined,
              zIndex: onPath ? 1 : 0,
            };
      next.set(id, edge);
      result.push(edge);
    }
    this.edgesById = next;
    return result;
  }
}
