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

const nodeTypes = { objective: ObjectiveNodeCard };
const FIT_VIEW_OPTIONS = { maxZoom: 1, padding: 0.1 };
/** The smallest zoom at which node text stays legible. */
const READABLE_ZOOM = 0.6;

export type CascadeMapProps = {
  visible: readonly VisibleNode[];
  highlighted: ReadonlySet<string>;
  mine: ReadonlySet<string>;
  focusId: string | null;
  focusRequest: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
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

  // Centre the searched-for node once per search, after its ancestors have opened.
  const { setCenter, fitView, setViewport } = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);

  // A tree that fits at a legible zoom is fitted; a larger one starts at its top left, where
  // the first company goal is.
  const onInit = () => {
    const element = wrapper.current;
    if (!element || positions.size === 0) return;
    let [minX, maxX, maxY] = [Infinity, -Infinity, 0];
    for (const { x, y } of positions.values()) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x + NODE_WIDTH);
      maxY = Math.max(maxY, y + NODE_HEIGHT);
    }
    const width = element.clientWidth;
    const fits = Math.min(width / (maxX - minX), element.clientHeight / maxY) * 0.9;
    if (fits >= READABLE_ZOOM || width === 0) void fitView(FIT_VIEW_OPTIONS);
    else void setViewport({ x: 16 - minX * READABLE_ZOOM, y: 16, zoom: READABLE_ZOOM });
  };
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
        ref={wrapper}
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
        onInit={onInit}
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
    <div className="cascade-map" data-testid="cascade-map">
      <ReactFlowProvider>
        <MapCanvas {...props} />
      </ReactFlowProvider>
    </div>
  );
}
