import { useMemo } from 'react';
import type { VisibleNode } from '@/features/cascade/utils/cascade-tree';
import { layoutCascade, type Position } from '@/features/cascade/utils/layout-cascade';

/**
 * Positions for the visible nodes, recomputed only when the set of visible nodes (or their
 * parents) changes — not when progress or health change, e.g. while replaying the period.
 */
export function useCascadeLayout(visible: readonly VisibleNode[]): ReadonlyMap<string, Position> {
  const structure = useMemo(
    () => visible.map(({ node }) => `${node.id}<${node.parentId ?? ''}`).join(','),
    [visible],
  );
  return useMemo(() => {
    if (!structure) return new Map<string, Position>();
    const nodes = structure.split(',').map((pair) => {
      const [id, parentId] = pair.split('<');
      return { id, parentId: parentId || undefined };
    });
    return layoutCascade(nodes);
  }, [structure]);
}
