import type { OrgChartNode } from '@/features/people/api/get-org-chart';

export type OrgTreeNode = OrgChartNode & { reports: OrgTreeNode[] };

/**
 * Builds the reporting forest from flat nodes. People whose manager is missing from the
 * list (e.g. inactive) become roots; a cycle in bad data cannot loop forever.
 */
export function buildOrgTree(nodes: OrgChartNode[]): OrgTreeNode[] {
  const byId = new Map(nodes.map((node) => [node.id, { ...node, reports: [] as OrgTreeNode[] }]));
  const roots: OrgTreeNode[] = [];
  for (const node of byId.values()) {
    const manager = node.managerId ? byId.get(node.managerId) : undefined;
    if (manager && manager !== node) manager.reports.push(node);
    else roots.push(node);
  }
  const byName = (a: OrgTreeNode, b: OrgTreeNode) => a.name.localeCompare(b.name);
  const seen = new Set<string>();
  const sortAll = (list: OrgTreeNode[]): OrgTreeNode[] =>
    list
      .filter((node) => !seen.has(node.id) && seen.add(node.id))
      .sort(byName)
      .map((node) => ({ ...node, reports: sortAll(node.reports) }));
  const forest = sortAll(roots);
  // Anyone not reached sits in a reporting cycle; show them at the top level rather than hide them.
  const orphans = [...byId.values()].filter((node) => !seen.has(node.id));
  return orphans.length
    ? [...forest, ...sortAll(orphans.map((node) => ({ ...node, reports: [] })))]
    : forest;
}

export function countDescendants(node: OrgTreeNode): number {
  return node.reports.reduce((sum, report) => sum + 1 + countDescendants(report), 0);
}
