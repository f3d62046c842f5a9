import { describe, expect, it } from 'vitest';
import { sampleNodes } from '@/features/cascade/__tests__/fixtures';
import { FlowElementCache } from '@/features/cascade/components/flow-elements';
import { buildCascadeTree, visibleNodes } from '@/features/cascade/utils/cascade-tree';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  STACK_FROM,
  layoutCascade,
} from '@/features/cascade/utils/layout-cascade';

function overlaps(a: { x: number; y: number }, b: { x: number; y: number }) {
  return Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;
}

describe('cascade layout', () => {
  it('places parents above their children without overlaps', () => {
    const positions = layoutCascade([
      { id: 'g' },
      { id: 'a', parentId: 'g' },
      { id: 'b', parentId: 'g' },
      { id: 'a1', parentId: 'a' },
    ]);
    expect(positions.get('g')!.y).toBeLessThan(positions.get('a')!.y);
    expect(positions.get('a')!.y).toBeLessThan(positions.get('a1')!.y);
    const all = [...positions.values()];
    all.forEach((p, i) => all.slice(i + 1).forEach((q) => expect(overlaps(p, q)).toBe(false)));
  });

  it('stacks many leaf siblings in a column to the right of their parent', () => {
    const leaves = Array.from({ length: STACK_FROM + 2 }, (_, i) => ({
      id: `l${i}`,
      parentId: 'p',
    }));
    const positions = layoutCascade([{ id: 'p' }, ...leaves]);
    const parent = positions.get('p')!;
    const column = leaves.map((leaf) => positions.get(leaf.id)!);

    expect(new Set(column.map((p) => p.x)).size).toBe(1);
    expect(column.every((p) => p.stacked && p.x > parent.x + NODE_WIDTH / 2)).toBe(true);
    column.forEach(
      (p, i) => i > 0 && expect(p.y).toBeGreaterThanOrEqual(column[i - 1].y + NODE_HEIGHT),
    );
  });
});

describe('flow elements', () => {
  it('reuses unchanged nodes so a selection re-renders only the nodes involved', () => {
    const tree = buildCascadeTree(sampleNodes());
    const visible = visibleNodes(tree, new Set());
    const positions = layoutCascade(visible.map(({ node }) => node));
    const cache = new FlowElementCache();
    const flags = {
      highlighted: new Set<string>(),
      focusId: null,
      selectedId: null,
      mine: new Set<string>(),
      filtered: false,
    };

    const first = cache.nodes(visible, positions, flags);
    const second = cache.nodes(visible, positions, { ...flags, selectedId: 't1' });

    const changed = second.filter((node, i) => node !== first[i]).map((node) => node.id);
    expect(changed).toEqual(['t1']);
    expect(second.find((n) => n.id === 't1')!.data.selected).toBe(true);
  });

  it('marks the edges on a highlighted path', () => {
    const tree = buildCascadeTree(sampleNodes());
    const visible = visibleNodes(tree, new Set());
    const positions = layoutCascade(visible.map(({ node }) => node));
    const edges = new FlowElementCache().edges(visible, positions, new Set(['g1', 't1']));

    expect(edges.filter((e) => e.className === 'is-on-path').map((e) => e.id)).toEqual(['g1->t1']);
  });
});
