import type { CascadeTree } from '@/features/cascade/utils/cascade-tree';
import { pathToRoot } from '@/features/cascade/utils/cascade-tree';
import styles from '@/features/cascade/components/cascade.module.css';

type Props = { tree: CascadeTree; focusId: string; onClear: () => void };

/** The found node's path to its company goal, in words as well as on the map. */
export function PathBar({ tree, focusId, onClear }: Props) {
  const path = pathToRoot(tree, focusId).map((id) => tree.byId.get(id)!);
  return (
    <div className={styles.pathBar}>
      <nav aria-label="Path to the company goal">
        <ol>
          {path.map((node) => (
            <li key={node.id} aria-current={node.id === focusId ? 'true' : undefined}>
              {node.title}
            </li>
          ))}
        </ol>
      </nav>
      <button type="button" className="btn btn-ghost btn-sm" onClick={onClear}>
        Clear highlight
      </button>
    </div>
  );
}
