import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CascadeNode } from '@/features/cascade/api/get-cascade';
import { HealthBadge } from '@/features/cascade/components/health';
import { HEALTH_LABEL, formatPercent } from '@/features/cascade/utils/labels';
import type { CascadeTree, VisibleNode } from '@/features/cascade/utils/cascade-tree';
import styles from '@/features/cascade/components/cascade.module.css';

export const ROW_HEIGHT = 44;
const OVERSCAN = 10;
/** Used until the viewport is measured (and in test environments without layout). */
const FALLBACK_VIEWPORT = 640;

export type CascadeTreeListProps = {
  tree: CascadeTree;
  visible: readonly VisibleNode[];
  highlighted: ReadonlySet<string>;
  mine: ReadonlySet<string>;
  focusId: string | null;
  focusRequest: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
};

const rowId = (id: string) => `cascade-item-${id}`;

type RowProps = {
  item: VisibleNode;
  top: number;
  position: { index: number; size: number };
  active: boolean;
  onPath: boolean;
  selected: boolean;
  mine: boolean;
  onActivate: (id: string) => void;
  onToggle: (id: string) => void;
};

function label(node: CascadeNode) {
  return `${node.title}, ${node.owner.name}, ${HEALTH_LABEL[node.health]}, ${formatPercent(node.progress)}`;
}

const TreeRow = memo(function TreeRow({
  item,
  top,
  position,
  active,
  onPath,
  selected,
  mine,
  onActivate,
  onToggle,
}: RowProps) {
  const { node, level, expanded, hasChildren } = item;
  const classes = [
    styles.treeRow,
    active && styles.isActive,
    onPath && styles.isOnPath,
    selected && styles.isSelected,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      id={rowId(node.id)}
      role="treeitem"
      aria-label={label(node)}
      aria-level={level + 1}
      aria-setsize={position.size}
      aria-posinset={position.index + 1}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={active}
      className={classes}
      style={{ top, height: ROW_HEIGHT, paddingLeft: 8 + level * 22 }}
      onClick={() => onActivate(node.id)}
    >
      {hasChildren ? (
        <span
          className={styles.treeToggle}
          aria-hidden="true"
          onClick={(event) => {
            event.stopPropagation();
            onToggle(node.id);
          }}
        >
          {expanded ? '▾' : '▸'}
        </span>
      ) : (
        <span className={styles.treeToggleSpacer} aria-hidden="true" />
      )}
      <span className={styles.treeTitle} title={node.title}>
        {node.title}
      </span>
      {mine && <span className={styles.cascadeNodeMine}>Yours</span>}
      <span className={styles.treeOwner}>{node.owner.name}</span>
      <HealthBadge health={node.health} />
      <span className={styles.treeProgress} aria-hidden="true">
        <span className={styles.progressTrack}>
          <span
            className={styles.progressFill}
            style={{ width: `${Math.min(100, node.progress)}%` }}
          />
        </span>
        {formatPercent(node.progress)}
      </span>
    </div>
  );
});

/** Position of each node among its visible siblings, for aria-posinset/aria-setsize. */
function siblingPositions(tree: CascadeTree) {
  const positions = new Map<string, { index: number; size: number }>();
  const record = (list: CascadeNode[]) =>
    list.forEach((node, index) => positions.set(node.id, { index, size: list.length }));
  record(tree.roots);
  tree.childrenOf.forEach(record);
  return positions;
}

/**
 * The cascade as an indented tree (WAI-ARIA tree pattern): one tab stop, arrow keys move,
 * Right/Left expand and collapse, Enter opens the details. Only the rows in view are rendered.
 */
export function CascadeTreeList(props: CascadeTreeListProps) {
  const {
    tree,
    visible,
    highlighted,
    mine,
    focusId,
    focusRequest,
    selectedId,
    onSelect,
    onToggle,
  } = props;
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(FALLBACK_VIEWPORT);
  // The keyboard cursor; a newer search moves it to the found node.
  const [cursor, setCursor] = useState<{ id: string | null; request: number }>({
    id: null,
    request: focusRequest,
  });
  const positions = useMemo(() => siblingPositions(tree), [tree]);
  const indexById = useMemo(
    () => new Map(visible.map((item, index) => [item.node.id, index])),
    [visible],
  );

  const wanted = focusId && focusRequest > cursor.request ? focusId : cursor.id;
  const activeIndex = wanted !== null && indexById.has(wanted) ? indexById.get(wanted)! : 0;
  const activeId = visible[activeIndex]?.node.id ?? null;

  useEffect(() => {
    const element = viewport.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (element.clientHeight > 0) setViewportHeight(element.clientHeight);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Keep the active row in view.
  useEffect(() => {
    const element = viewport.current;
    if (!element || activeId === null) return;
    const top = activeIndex * ROW_HEIGHT;
    const height = element.clientHeight || FALLBACK_VIEWPORT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + height)
      element.scrollTop = top + ROW_HEIGHT - height;
  }, [activeId, activeIndex]);

  const moveTo = (index: number) => {
    const item = visible[Math.max(0, Math.min(visible.length - 1, index))];
    if (item) setCursor({ id: item.node.id, request: focusRequest });
  };
  const activate = useCallback(
    (id: string) => {
      setCursor({ id, request: focusRequest });
      onSelect(id);
    },
    [focusRequest, onSelect],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    const item = visible[activeIndex];
    if (!item) return;
    const { node, expanded, hasChildren } = item;
    switch (event.key) {
      case 'ArrowDown':
        moveTo(activeIndex + 1);
        break;
      case 'ArrowUp':
        moveTo(activeIndex - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(visible.length - 1);
        break;
      case 'ArrowRight':
        if (hasChildren && !expanded) onToggle(node.id);
        else if (hasChildren) moveTo(activeIndex + 1);
        break;
      case 'ArrowLeft': {
        const parentId = tree.parentOf.get(node.id);
        if (hasChildren && expanded) onToggle(node.id);
        else if (parentId && indexById.has(parentId)) moveTo(indexById.get(parentId)!);
        break;
      }
      case 'Enter':
      case ' ':
        activate(node.id);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(
    visible.length,
    Math.ceil((scrollTop + viewportHeight) / ROW_HEIGHT) + OVERSCAN,
  );
  const indices: number[] = [];
  for (let i = first; i < last; i++) indices.push(i);
  if (activeIndex < first || activeIndex >= last) indices.push(activeIndex);

  return (
    <div
      ref={viewport}
      className={styles.treeViewport}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div
        role="tree"
        aria-label="Objective cascade"
        tabIndex={0}
        aria-activedescendant={activeId ? rowId(activeId) : undefined}
        className={styles.treeList}
        style={{ height: visible.length * ROW_HEIGHT }}
        onKeyDown={onKeyDown}
      >
        {indices.map((index) => {
          const item = visible[index];
          if (!item) return null;
          const id = item.node.id;
          return (
            <TreeRow
              key={id}
              item={item}
              top={index * ROW_HEIGHT}
              position={positions.get(id) ?? { index: 0, size: 1 }}
              active={id === activeId}
              onPath={highlighted.has(id)}
              selected={id === selectedId}
              mine={mine.has(id)}
              onActivate={activate}
              onToggle={onToggle}
            />
          );
        })}
      </div>
    </div>
  );
}
