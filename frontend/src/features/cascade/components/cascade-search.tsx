import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { CascadeNode } from '@/features/cascade/api/get-cascade';
import { searchNodes, type CascadeTree } from '@/features/cascade/utils/cascade-tree';

type Props = {
  tree: CascadeTree;
  onPick: (node: CascadeNode) => void;
  /** The box got focus: the page loads every level so the search covers the whole cascade. */
  onFocus?: () => void;
};

/** Search by title or owner (combobox): picking a result focuses that node in the cascade. */
export function CascadeSearch({ tree, onPick, onFocus }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const results = useMemo(() => searchNodes(tree, query), [tree, query]);
  const showList = open && query.trim().length > 0;

  const pick = (node: CascadeNode) => {
    setQuery(node.title);
    setOpen(false);
    onPick(node);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + results.length) % Math.max(results.length, 1));
    } else if (event.key === 'Enter' && showList && results[active]) {
      event.preventDefault();
      pick(results[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="field cascade-search">
      <label htmlFor={`${id}-input`} className="field-label">
        Find an objective
      </label>
      <input
        id={`${id}-input`}
        className="input"
        type="search"
        role="combobox"
        placeholder="Title or owner"
        autoComplete="off"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && results[active] ? `${id}-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
          onFocus?.();
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label="Matching objectives"
          className="search-results"
        >
          {results.length === 0 && <li className="search-empty">No objective matches</li>}
          {results.map((node, index) => (
            <li
              key={node.id}
              id={`${id}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'is-active' : undefined}
              // mousedown, not click: it comes before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(node);
              }}
            >
              <span className="search-title">{node.title}</span>
              <span className="search-owner">{node.owner.name}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
