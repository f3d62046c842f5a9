import type { CascadeNode } from '@/features/cascade/api/get-cascade';

/**
 * Subtrees start collapsed below this depth: levels 0–3 show, deeper ones wait for a click. The
 * API sends the same levels by default; opening a node at the last level fetches its subtree.
 */
export const DEFAULT_OPEN_DEPTH = 3;

/** Whether the node has children the caller may see, loaded or not. */
export function hasVisibleChildren(tree: CascadeTree, node: CascadeNode): boolean {
  return tree.childrenOf.has(node.id) || node.childCount > node.hiddenChildCount;
}

/** Whether the node is open on screen but its children have not been fetched yet. */
export function awaitsChildren(tree: CascadeTree, node: CascadeNode): boolean {
  return !tree.childrenOf.has(node.id) && node.childCount > node.hiddenChildCount;
}

/**
 * Adds fetched subtrees (GET /cascade?rootId=…, depths counted from their root) to the nodes: each
 * under its root, already in the list, with depths made absolute. A subtree whose root is not
 * (or no longer) in the list is skipped; nodes already present are kept as they are.
 */
export function mergeSubtrees(
  nodes: CascadeNode[],
  subtrees: readonly (readonly CascadeNode[] | undefined)[],
): CascadeNode[] {
  if (subtrees.every((subtree) => !subtree || subtree.length <= 1)) return nodes;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const merged = [...nodes];
  for (const subtree of subtrees) {
    const anchor = subtree?.[0] && byId.get(subtree[0].id);
    if (!subtree || !anchor) continue;
    for (const node of subtree.slice(1)) {
      if (byId.has(node.id)) continue;
      const placed = { ...node, depth: node.depth + anchor.depth };
      byId.set(node.id, placed);
      merged.push(placed);
    }
  }
  return merged;
}

export type CascadeTree = {
  /** Every node, depth-first (company goals first), as the API sent them. */
  nodes: CascadeNode[];
  byId: Map<string, CascadeNode>;
  /** The parent of each node within the shown tree (roots have none). */
  parentOf: Map<string, string>;
  /** Visible children per node, in order. */
  childrenOf: Map<string, CascadeNode[]>;
  roots: CascadeNode[];
};

const NO_CHILDREN: CascadeNode[] = [];

/** Indexes the API's flat depth-first list; a node whose parent is missing becomes a root. */
export function buildCascadeTree(nodes: CascadeNode[]): CascadeTree {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parentOf = new Map<string, string>();
  const childrenOf = new Map<string, CascadeNode[]>();
  const roots: CascadeNode[] = [];
  for (const node of nodes) {
    const parentId = node.parentId;
    if (parentId && parentId !== node.id && byId.has(parentId)) {
      parentOf.set(node.id, parentId);
      const siblings = childrenOf.get(parentId);
      if (siblings) siblings.push(node);
      else childrenOf.set(parentId, [node]);
    } else {
      roots.push(node);
    }
  }
  return { nodes, byId, parentOf, childrenOf, roots };
}

export function childrenOf(tree: CascadeTree, id: string): CascadeNode[] {
  return tree.childrenOf.get(id) ?? NO_CHILDREN;
}

/**
 * Whether a node shows its children. `toggled` holds the nodes the person flipped away from
 * the default (open above DEFAULT_OPEN_DEPTH, closed from it on), so it survives reloads of
 * the same tree, e.g. while the time slider replays the period.
 */
export function isExpanded(node: CascadeNode, toggled: ReadonlySet<string>): boolean {
  return node.depth < DEFAULT_OPEN_DEPTH !== toggled.has(node.id);
}

export type VisibleNode = {
  node: CascadeNode;
  level: number;
  expanded: boolean;
  hasChildren: boolean;
};

/** The nodes on screen: depth-first, skipping everything below a collapsed node. */
export function visibleNodes(tree: CascadeTree, toggled: ReadonlySet<string>): VisibleNode[] {
  const result: VisibleNode[] = [];
  const stack: { node: CascadeNode; level: number }[] = [];
  for (let i = tree.roots.length - 1; i >= 0; i--) stack.push({ node: tree.roots[i], level: 0 });
  while (stack.length) {
    const { node, level } = stack.pop()!;
    const children = childrenOf(tree, node.id);
    const hasChildren = hasVisibleChildren(tree, node);
    const expanded = hasChildren && isExpanded(node, toggled);
    result.push({ node, level, expanded, hasChildren });
    if (expanded) {
      for (let i = children.length - 1; i >= 0; i--)
        stack.push({ node: children[i], level: level + 1 });
    }
  }
  return result;
}

/** Ids from the root down to `id` (inclusive); empty when the node is not in the tree. */
export function pathToRoot(tree: CascadeTree, id: string): string[] {
  if (!tree.byId.has(id)) return [];
  const path = [id];
  const seen = new Set(path);
  for (let up = tree.parentOf.get(id); up && !seen.has(up); up = tree.parentOf.get(up)) {
    path.push(up);
    seen.add(up);
  }
  return path.reverse();
}

/** The toggles after opening every ancestor of the given nodes, so they all come into view. */
export function revealNodes(
  tree: CascadeTree,
  toggled: ReadonlySet<string>,
  ids: Iterable<string>,
): Set<string> {
  const next = new Set(toggled);
  for (const id of ids) {
    for (let up = tree.parentOf.get(id); up; up = tree.parentOf.get(up)) {
      const ancestor = tree.byId.get(up)!;
      if (!isExpanded(ancestor, next)) {
        if (next.has(up)) next.delete(up);
        else next.add(up);
      }
    }
  }
  return next;
}

/** Every node on a path from one of `ids` up to its root. */
export function pathsToRoot(tree: CascadeTree, ids: Iterable<string>): Set<string> {
  const onPath = new Set<string>();
  for (const id of ids) {
    for (let up: string | undefined = id; up && !onPath.has(up); up = tree.parentOf.get(up)) {
      if (tree.byId.has(up)) onPath.add(up);
    }
  }
  return onPath;
}

/** Nodes whose title or owner name contains every word of the query (case-insensitive). */
export function searchNodes(tree: CascadeTree, query: string, limit = 8): CascadeNode[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: CascadeNode[] = [];
  for (const node of tree.nodes) {
    const text = `${node.title} ${node.owner.name}`.toLowerCase();
    if (words.every((word) => text.includes(word))) {
      hits.push(node);
      if (hits.length >= limit) break;
    }
  }
  return hits;
}
