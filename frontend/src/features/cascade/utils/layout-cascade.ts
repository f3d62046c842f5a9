import { Graph, layout } from '@dagrejs/dagre';

export const NODE_WIDTH = 248;
export const NODE_HEIGHT = 136;

export type Position = { x: number; y: number };

/**
 * Top-down tree layout with dagre. Returns each node's top-left corner (React Flow's
 * convention); dagre works with centres.
 */
export function layoutCascade(
  nodes: readonly { id: string; parentId?: string }[],
): Map<string, Position> {
  const graph = new Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 56, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(nodes.map((node) => node.id));
  for (const node of nodes) graph.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const node of nodes) {
    if (node.parentId && ids.has(node.parentId)) graph.setEdge(node.parentId, node.id);
  }
  layout(graph);
  const positions = new Map<string, Position>();
  for (const node of nodes) {
    const { x, y } = graph.node(node.id);
    positions.set(node.id, { x: x - NODE_WIDTH / 2, y: y - NODE_HEIGHT / 2 });
  }
  return positions;
}
