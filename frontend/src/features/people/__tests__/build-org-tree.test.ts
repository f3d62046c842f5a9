import { describe, expect, it } from 'vitest';
import { buildOrgTree } from '@/features/people/components/build-org-tree';

const node = (id: string, name: string, managerId?: string) => ({ id, name, managerId });

describe('buildOrgTree', () => {
  it('nests reports under their managers, sorted by name', () => {
    const tree = buildOrgTree([
      node('c', 'Casey', 'a'),
      node('a', 'Avery'),
      node('b', 'Blake', 'a'),
    ]);
    expect(tree.map((n) => n.name)).toEqual(['Avery']);
    expect(tree[0].reports.map((n) => n.name)).toEqual(['Blake', 'Casey']);
  });

  it('keeps people whose manager is missing, and survives cycles', () => {
    const tree = buildOrgTree([
      node('x', 'Xan', 'gone'),
      node('p', 'Pat', 'q'),
      node('q', 'Quinn', 'p'),
    ]);
    const names = JSON.stringify(tree);
    expect(tree.map((n) => n.name)).toContain('Xan');
    expect(names).toContain('Pat');
    expect(names).toContain('Quinn');
  });
});
