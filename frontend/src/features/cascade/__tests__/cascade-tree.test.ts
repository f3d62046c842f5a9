import { describe, expect, it } from 'vitest';
import { sampleNodes } from '@/features/cascade/__tests__/fixtures';
import {
  awaitsChildren,
  buildCascadeTree,
  hasVisibleChildren,
  mergeSubtrees,
  pathToRoot,
  pathsToRoot,
  revealNodes,
  searchNodes,
  visibleNodes,
} from '@/features/cascade/utils/cascade-tree';

const ids = (list: { node: { id: string } }[]) => list.map((item) => item.node.id);

describe('cascade tree', () => {
  it('builds parents, ordered children and roots from the flat depth-first list', () => {
    const tree = buildCascadeTree(sampleNodes());

    expect(tree.roots.map((n) => n.id)).toEqual(['g1', 'g2']);
    expect(tree.childrenOf.get('t2')!.map((n) => n.id)).toEqual(['i1', 'i3']);
    expect(tree.parentOf.get('i2')).toBe('i1');
    expect(tree.parentOf.has('g1')).toBe(false);
  });

  it('treats a node whose parent is missing as a root', () => {
    const [, , , canary] = sampleNodes();
    const tree = buildCascadeTree([canary]);
    expect(tree.roots.map((n) => n.id)).toEqual(['i1']);
  });

  it('collapses subtrees beyond depth 3 by default', () => {
    const tree = buildCascadeTree(sampleNodes());
    const visible = visibleNodes(tree, new Set());

    expect(ids(visible)).toEqual(['g1', 't1', 't2', 'i1', 'i3', 'g2']);
    const canary = visible.find((item) => item.node.id === 'i1')!;
    expect(canary).toMatchObject({ expanded: false, hasChildren: true, level: 3 });
  });

  it('flips a node away from its default with a toggle', () => {
    const tree = buildCascadeTree(sampleNodes());

    expect(ids(visibleNodes(tree, new Set(['i1'])))).toContain('i2');
    expect(ids(visibleNodes(tree, new Set(['t1'])))).toEqual(['g1', 't1', 'g2']);
  });

  it('finds nodes by title or owner and highlights the path up to the root', () => {
    const tree = buildCascadeTree(sampleNodes());

    const [hit] = searchNodes(tree, 'canary metrics');
    expect(hit.id).toBe('i2');
    expect(searchNodes(tree, 'erin').map((n) => n.id)).toEqual(['i1', 'i2']);
    expect(pathToRoot(tree, 'i2')).toEqual(['g1', 't1', 't2', 'i1', 'i2']);
    expect([...pathsToRoot(tree, ['i2', 'i3'])].sort()).toEqual([
      'g1',
      'i1',
      'i2',
      'i3',
      't1',
      't2',
    ]);
  });

  it('reveals a hidden node by opening every collapsed ancestor', () => {
    const tree = buildCascadeTree(sampleNodes());
    const collapsedTop = new Set(['t1']);

    const toggled = revealNodes(tree, collapsedTop, ['i2']);

    expect(ids(visibleNodes(tree, toggled))).toContain('i2');
    expect(toggled.has('t1')).toBe(false); // re-opened
    expect(toggled.has('i1')).toBe(true); // opened beyond the default depth
  });
});

describe('lazily fetched subtrees', () => {
  it('places a subtree under its root with absolute depths and keeps nodes already there', () => {
    const all = sampleNodes();
    const first = all.filter((n) => n.id !== 'i2');
    const subtree = all
      .filter((n) => n.id === 'i1' || n.id === 'i2')
      .map((n) => ({ ...n, depth: n.depth - 3, parentId: n.id === 'i1' ? null : n.parentId }));

    const merged = mergeSubtrees(first, [subtree, undefined]);
    const tree = buildCascadeTree(merged);

    expect(tree.byId.get('i2')!.depth).toBe(4);
    expect(tree.parentOf.get('i2')).toBe('i1');
    expect(tree.byId.get('i1')!.depth).toBe(3);
    expect(merged).toHaveLength(all.length);
    expect(mergeSubtrees(first, [undefined])).toBe(first);
  });

  it('shows a node with unfetched visible children as expandable, not one whose children are hidden', () => {
    const all = sampleNodes();
    const tree = buildCascadeTree(all.filter((n) => n.id !== 'i2'));
    const canary = tree.byId.get('i1')!;
    expect(hasVisibleChildren(tree, canary)).toBe(true);
    expect(awaitsChildren(tree, canary)).toBe(true);
    const hidden = { ...canary, childCount: 1, hiddenChildCount: 1 };
    expect(hasVisibleChildren(tree, hidden)).toBe(false);
  });
});
