import { Graph, layout } from '@dagrejs/dagre';

export const NODE_WIDTH = 248;
export const NODE_HEIGHT = 156;
/** Leaves stacked under their parent sit this far right of the parent's centre line. */
export const STACK_INDENT = 28;
const STACK_GAP = 16;
/** From this many leaf siblings on, they are stacked in a column instead of a row. */
export const STACK_FROM = 4;

/** A node's top-left corner (React Flow's convention); `stacked` leaves hang off a spine. */
export type Position = { x: number; y: number; stacked?: boolean };

type LayoutInput = readonly { id: string; parentId?: string | null }[];

/**
 * Top-down tree layout with dagre. A parent with many leaf children gets them as one
 * column (an org-chart "comb") that dagre places as a single block, which keeps wide trees
 * narrow and keeps dagre's work proportional to the branches, not to every leaf.
 */
export function layoutCascade(nodes: LayoutInput): Map<string, Position> {
  const ids = new Set(nodes.map((node) => node.id));
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    if (!node.parentId || !ids.has(node.parentId)) continue;
    const list = children.get(node.parentId);
    if (list) list.push(node.id);
    else children.set(node.parentId, [node.id]);
  }
  // Columns of leaves, keyed by their parent.
  const stacks = new Map<string, string[]>();
  for (const [parentId, list] of children) {
    const leaves = list.filter((id) => !children.has(id));
    if (leaves.length >= STACK_FROM) stacks.set(parentId, leaves);
  }
  const stacked = new Set([...stacks.values()].flat());

  const graph = new Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 56, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) {
    if (!stacked.has(node.id)) graph.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  }
  for (const [parentId, leaves] of stacks) {
    // Symmetric around the parent's centre line, the leaves on its right half.
    graph.setNode(`stack:${parentId}`, {
      width: 2 * (NODE_WIDTH + STACK_INDENT),
      height: leaves.length * (NODE_HEIGHT + STACK_GAP) - STACK_GAP,
    });
    graph.setEdge(parentId, `stack:${parentId}`);
  }
  for (const node of nodes) {
    if (node.parentId && ids.has(node.parentId) && !stacked.has(node.id))
      graph.setEdge(node.parentId, node.id);
  }
  layout(graph);

  const positions = new Map<string, Position>();
  for (const node of nodes) {
    if (stacked.has(node.id)) continue;
    const { x, y } = graph.node(node.id);
    positions.set(node.id, { x: x - NODE_WIDTH / 2, y: y - NODE_HEIGHT / 2 });
  }
  for (const [parentId, leaves] of stacks) {
    const block = graph.node(`stack:${parentId}`);
    const top = block.y - block.height / 2;
    leaves.forEach((id, index) =>
      positions.set(id, {
        x: block.x + STACK_INDENT,
        y: top + index * (NODE_HEIGHT + STACK_GAP),
        stacked: true,
      }),
    );
  }
  return positions;
}
