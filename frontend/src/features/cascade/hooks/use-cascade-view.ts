import { useCallback, useMemo, useState } from 'react';
import {
  pathsToRoot,
  revealNodes,
  visibleNodes,
  type CascadeTree,
} from '@/features/cascade/utils/cascade-tree';

const NONE: readonly string[] = [];

/**
 * What the person did to the tree: expanded/collapsed subtrees, the searched-for node (centred,
 * with its path highlighted), the selected node (details panel) and "Show my objectives".
 */
export function useCascadeView(tree: CascadeTree, myId: string | undefined) {
  const [toggled, setToggled] = useState<ReadonlySet<string>>(() => new Set());
  const [focus, setFocus] = useState<{ id: string; request: number } | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [showMine, setShowMine] = useState(false);
  const [frameRequest, setFrameRequest] = useState(0);

  const visible = useMemo(() => visibleNodes(tree, toggled), [tree, toggled]);
  const myIds = useMemo(
    () => (myId ? tree.nodes.filter((node) => node.owner.id === myId).map((node) => node.id) : []),
    [tree, myId],
  );
  const focusId = focus && tree.byId.has(focus.id) ? focus.id : null;
  const highlighted = useMemo(() => {
    const ids = showMine ? pathsToRoot(tree, myIds) : new Set<string>();
    if (focusId) for (const id of pathsToRoot(tree, [focusId])) ids.add(id);
    return ids;
  }, [tree, myIds, showMine, focusId]);

  const toggle = useCallback(
    (id: string) =>
      setToggled((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

  /** Opens the node's ancestors, highlights its path and asks the views to bring it into view. */
  const focusNode = useCallback(
    (id: string) => {
      setToggled((current) => revealNodes(tree, current, [id]));
      setFocus((current) => ({ id, request: (current?.request ?? 0) + 1 }));
    },
    [tree],
  );

  const toggleMine = useCallback(
    (on: boolean) => {
      setShowMine(on);
      if (on) {
        setToggled((current) => revealNodes(tree, current, myIds));
        setFrameRequest((n) => n + 1);
      }
    },
    [tree, myIds],
  );

  const expandAll = useCallback(() => {
    const deep = tree.nodes.filter((node) => node.depth >= 3 && tree.childrenOf.has(node.id));
    setToggled(new Set(deep.map((node) => node.id)));
  }, [tree]);

  return {
    visible,
    toggled,
    highlighted,
    myIds,
    focusId,
    focusRequest: focus?.request ?? 0,
    frameIds: showMine ? myIds : NONE,
    frameRequest,
    selectedId: selectedId && tree.byId.has(selectedId) ? selectedId : null,
    showMine,
    toggle,
    focusNode,
    clearFocus: useCallback(() => setFocus(null), []),
    select: setSelectedId,
    toggleMine,
    expandAll,
    resetExpansion: useCallback(() => setToggled(new Set()), []),
  };
}

export type CascadeView = ReturnType<typeof useCascadeView>;
