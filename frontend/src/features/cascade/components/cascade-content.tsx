import { lazy, Suspense, useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { LoadingState } from '@/components/ui/states';
import type { Cascade, CascadeQuery } from '@/features/cascade/api/get-cascade';
import { CascadeSearch } from '@/features/cascade/components/cascade-search';
import { CascadeTreeList } from '@/features/cascade/components/cascade-tree-list';
import { CoveragePanel } from '@/features/cascade/components/coverage-panel';
import { NodeDetailsPanel } from '@/features/cascade/components/node-details-panel';
import { PathBar } from '@/features/cascade/components/path-bar';
import { ViewSwitch } from '@/features/cascade/components/view-switch';
import { useCascadeSubtrees } from '@/features/cascade/hooks/use-cascade-subtrees';
import { useCascadeView } from '@/features/cascade/hooks/use-cascade-view';
import type { CascadeViewMode } from '@/features/cascade/hooks/use-cascade-filters';
import { awaitsChildren, buildCascadeTree } from '@/features/cascade/utils/cascade-tree';
import { formatDate } from '@/lib/format-date';
import { useAuth } from '@/lib/auth';
import styles from '@/features/cascade/components/cascade.module.css';

// The map (React Flow and dagre, ~85 KB gzipped) is a chunk of its own: the page, its list view and
// the side panel do not wait for it. Its download starts with this module, in parallel with the
// cascade request, so the map is usually there when the data is.
const loadMap = () => import('@/features/cascade/components/cascade-map');
const CascadeMap = lazy(async () => ({ default: (await loadMap()).CascadeMap }));
void loadMap().catch(() => undefined);

type Props = {
  cascade: Cascade;
  /** The query the cascade answers; opened subtrees are fetched with the same filters and moment. */
  query: CascadeQuery;
  /** Whether `cascade` holds every level (after loadAll), not only the first ones. */
  complete: boolean;
  /** Asks for every level at once: search, "Show my objectives" and "Expand all" need the whole tree. */
  onLoadAll: () => void;
  /** Changes when the filters change, so the map starts over with a fitted view. */
  mapKey: string;
  view: CascadeViewMode;
  onViewChange: (view: CascadeViewMode) => void;
};

/** The loaded cascade: search and view controls, the map or the list, and the side panel. */
export function CascadeContent(props: Props) {
  const { cascade, query, complete, onLoadAll, mapKey, view, onViewChange } = props;
  const { person } = useAuth();
  const subtrees = useCascadeSubtrees(cascade, query, mapKey);
  const tree = useMemo(() => buildCascadeTree(subtrees.nodes), [subtrees.nodes]);
  const state = useCascadeView(tree, person?.id);
  // Nodes opened at the last level fetched: ask for their subtrees.
  const waiting = state.visible.filter(
    ({ node, expanded }) =>
      expanded && awaitsChildren(tree, node) && !subtrees.opened.includes(node.id),
  );
  if (waiting.length > 0 && !complete) subtrees.open(waiting.map(({ node }) => node));
  // "Expand all" and "Show my objectives" act again once every level has arrived.
  const [pending, setPending] = useState<'expand' | 'mine' | null>(null);
  if (pending && complete) {
    setPending(null);
    if (pending === 'expand') state.expandAll();
    else state.toggleMine(true);
  }
  const needAll = (action: 'expand' | 'mine') => {
    if (complete) return;
    setPending(action);
    onLoadAll();
  };
  const mine = useMemo(() => new Set(state.myIds), [state.myIds]);
  const selected = state.selectedId ? tree.byId.get(state.selectedId) : undefined;
  const asOfLabel = cascade.asOf ? formatDate(cascade.asOf) : undefined;
  const shared = {
    visible: state.visible,
    highlighted: state.highlighted,
    mine,
    focusId: state.focusId,
    focusRequest: state.focusRequest,
    selectedId: state.selectedId,
    onSelect: state.select,
    onToggle: state.toggle,
    frameIds: state.frameIds,
    frameRequest: state.frameRequest,
  };

  return (
    <>
      <div className={styles.cascadeControls}>
        <CascadeSearch
          tree={tree}
          onFocus={onLoadAll}
          onPick={(node) => {
            // one click: the path lights up, the map centres it and its details open
            state.focusNode(node.id);
            state.select(node.id);
          }}
        />
        <label className={`checkbox ${styles.showMine}`}>
          <input
            type="checkbox"
            checked={state.showMine}
            onChange={(event) => {
              state.toggleMine(event.target.checked);
              if (event.target.checked) needAll('mine');
            }}
          />
          Show my objectives
          {state.showMine && state.myIds.length === 0 && (
            <span className="muted small"> (none here)</span>
          )}
        </label>
        <div className="button-row">
          <Button
            size="sm"
            onClick={() => {
              state.expandAll();
              needAll('expand');
            }}
          >
            Expand all
          </Button>
          <Button size="sm" onClick={state.resetExpansion}>
            Collapse to 4 levels
          </Button>
        </div>
        <ViewSwitch view={view} onChange={onViewChange} />
      </div>
      {state.focusId && <PathBar tree={tree} focusId={state.focusId} onClear={state.clearFocus} />}
      <div className={styles.cascadeMain}>
        <div className={styles.cascadeCanvas}>
          <ErrorBoundary title="The cascade could not be drawn">
            {view === 'map' ? (
              <Suspense fallback={<LoadingState label="Drawing the map…" />}>
                <CascadeMap key={mapKey} {...shared} />
              </Suspense>
            ) : (
              <CascadeTreeList tree={tree} {...shared} />
            )}
          </ErrorBoundary>
          <p className={`muted small ${styles.cascadeCount}`}>
            {state.visible.length} of {Math.max(cascade.summary.nodeCount, tree.nodes.length)}{' '}
            objectives shown
          </p>
        </div>
        <ErrorBoundary title="The side panel could not be shown">
          {selected ? (
            <NodeDetailsPanel
              key={selected.id}
              node={selected}
              asOfLabel={asOfLabel}
              onClose={() => state.select(null)}
            />
          ) : (
            <CoveragePanel
              summary={cascade.summary}
              inTree={(id) => tree.byId.has(id)}
              onShow={state.focusNode}
            />
          )}
        </ErrorBoundary>
      </div>
    </>
  );
}
