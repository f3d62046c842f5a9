import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import {
  cascadeQueryOptions,
  type Cascade,
  type CascadeNode,
  type CascadeQuery,
} from '@/features/cascade/api/get-cascade';
import { DEFAULT_OPEN_DEPTH, mergeSubtrees } from '@/features/cascade/utils/cascade-tree';

const pickNodes = (results: { data?: Cascade }[]) => results.map((result) => result.data?.nodes);

/**
 * The cascade's nodes with the subtrees fetched so far: the API sends the first levels, and a
 * node opened at the last level asks for its subtree (`rootId`, the same filters and moment).
 * Subtrees opened for other filters (`key`) are dropped.
 */
export function useCascadeSubtrees(cascade: Cascade, query: CascadeQuery, key: string) {
  const [opened, setOpened] = useState<{ key: string; ids: string[] }>({ key, ids: [] });
  const ids = opened.key === key ? opened.ids : [];
  const subtrees = useQueries({
    queries: ids.map((rootId) =>
      cascadeQueryOptions({ ...query, rootId, depth: DEFAULT_OPEN_DEPTH }),
    ),
    combine: pickNodes,
  });
  const nodes = useMemo(() => mergeSubtrees(cascade.nodes, subtrees), [cascade.nodes, subtrees]);

  /** Asks for the subtrees of these nodes (once each). */
  const open = useCallback(
    (wanted: CascadeNode[]) =>
      setOpened((current) => {
        const known = current.key === key ? current.ids : [];
        const added = wanted.map((node) => node.id).filter((id) => !known.includes(id));
        return added.length ? { key, ids: [...known, ...added] } : current;
      }),
    [key],
  );
  return { nodes, opened: ids, open };
}
