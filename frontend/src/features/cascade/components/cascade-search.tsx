import { useId, useMemo, useState } from 'react';
import { Combobox } from '@/components/ui/combobox';
import { FieldShell } from '@/components/ui/field';
import type { CascadeNode } from '@/features/cascade/api/get-cascade';
import { searchNodes, type CascadeTree } from '@/features/cascade/utils/cascade-tree';
import styles from '@/features/cascade/components/cascade.module.css';

type Props = {
  tree: CascadeTree;
  onPick: (node: CascadeNode) => void;
  /** The list opened: the page loads every level so the search covers the whole cascade. */
  onFocus?: () => void;
};

/**
 * Search by title or owner, on the shared combobox: picking a result (click or Enter) focuses that
 * node in the cascade and opens its details.
 */
export function CascadeSearch({ tree, onPick, onFocus }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const results = useMemo(() => searchNodes(tree, query), [tree, query]);
  return (
    <div className={styles.cascadeSearch}>
      <FieldShell id={id} label="Find an objective" required>
        <Combobox
          id={id}
          listLabel="Matching objectives"
          placeholder="Title or owner"
          options={results}
          optionKey={(node) => node.id}
          renderOption={(node) => (
            <>
              <span>{node.title}</span>
              <span className="muted small">{node.owner.name}</span>
            </>
          )}
          emptyText={query.trim() ? 'No objective matches' : 'Type a title or an owner’s name'}
          text={query}
          onTextChange={setQuery}
          onOpen={onFocus}
          onSelect={(node) => {
            setQuery(node.title);
            onPick(node);
          }}
        />
      </FieldShell>
    </div>
  );
}
