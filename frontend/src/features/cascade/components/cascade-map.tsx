import {
  Background,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type NodeMouseHandler,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CascadeActionsContext } from '@/features/cascade/components/cascade-actions';
import { FlowElementCache } from '@/features/cascade/components/flow-elements';
import { ObjectiveNodeCard } from '@/features/cascade/components/objective-node';
import { useCascadeLayout } from '@/features/cascade/hooks/use-cascade-layout';
import type { VisibleNode } from '@/features/cascade/utils/cascade-tree';
import { NODE_HEIGHT, NODE_WIDTH } from '@/features/cascade/utils/layout-cascade';
import styles from '@/features/cascade/components/cascade.module.css';

const nodeTypes = { objective: ObjectiveNodeCard };
const FIT_VIEW_OPTIONS = { maxZoom: 1, minZoom: 0.05, padding: 0.1 };

export type CascadeMapProps = {
  visible: readonly VisibleNode[];
  highlighted: ReadonlySet<string>;
  mine: ReadonlySet<string>;
  focusId: string | null;
  focusRequest: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
  /** Nodes to bring into view together (the caller's objectives), once per request. */
  frameIds: readonly string[];
  frameRequest: number;
};

function MapCanvas({
  visible,
  highlighted,
  mine,
  focusId,
  focusRequest,
  selectedId,
  onSelect,
  onToggle,
  frameIds,
  frameRequest,
}: CascadeMapProps) {
  const positions = useCascadeLayout(visible);
  const [cache] = useState(() => new FlowElementCache());
  const filtered = useMemo(() => visible.some(({ node }) => node.match), [visible]);
  const nodes = useMemo(
    () => cache.nodes(visible, positions, { highlighted, focusId, selectedId, mine, filtered }),
    [cache, visible, positions, highlighted, focusId, selectedId, mine, filtered],
  );
  const edges = useMemo(
    () => cache.edges(visible, positions, highlighted),
    [cache, visible, positions, highlighted],
  );
  const actions = useMemo(() => ({ select: onSelect, toggle: onToggle }), [onSelect, onToggle]);
  const onNodeClick: NodeMouseHandler = (_, node) => onSelect(node.id);

  const { setCenter, fitView } = useReactFlow();

  // The first view frames every visible node (fitView waits for them to be in the store).
  const framedFirst = useRef(false);
  useEffect(() => {
    if (framedFirst.current || positions.size === 0) return;
    framedFirst.current = true;
    requestAnimationFrame(() => void fitView(FIT_VIEW_OPTIONS));
  }, [positions, fitView]);

  // "Show my objectives" moves the view to them, once their ancestors have opened.
  const framed = useRef(0);
  useEffect(() => {
    if (frameRequest === framed.current || frameIds.length === 0) return;
    if (!frameIds.every((id) => positions.has(id))) return;
    framed.current = frameRequest;
    requestAnimationFrame(
      () =>
        void fitView({ ...FIT_VIEW_OPTIONS, nodes: frameIds.map((id) => ({ id })), duration: 400 }),
    );
  }, [frameIds, frameRequest, positions, fitView]);

  // Centre the searched-for node once per search, after its ancestors have opened.
  const centred = useRef(0);
  useEffect(() => {
    if (!focusId || focusRequest === centred.current) return;
    const position = positions.get(focusId);
    if (!position) return;
    centred.current = focusRequest;
    void setCenter(position.x + NODE_WIDTH / 2, position.y + NODE_HEIGHT / 2, {
      zoom: 1,
      duration: 400,
    });
  }, [focusId, focusRequest, positions, setCenter]);

  return (
    <CascadeActionsContext.Provider value={actions}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodeClick={onNodeClick}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        onlyRenderVisibleElements
        minZoom={0.05}
        maxZoom={2}
        aria-label="Objective cascade map"
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} fitViewOptions={FIT_VIEW_OPTIONS} />
      </ReactFlow>
    </CascadeActionsContext.Provider>
  );
}

/** The zoomable, pannable cascade: company goals on top, aligned work below. */
export function CascadeMap(props: CascadeMapProps) {
  return (
    <div className={styles.cascadeMap} data-testid="cascade-map">
      <ReactFlowProvider>
        <MapCanvas {...props} />
      </ReactFlowProvider>
    </div>
  );
}
