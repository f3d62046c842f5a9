import { useId, useState, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { useObjectives } from '@/features/objectives/api/get-objectives';
import { LEVEL_LABELS } from '@/features/objectives/utils/format';
import { useDebouncedValue } from '@/lib/use-debounced-value';

export type ParentChoice = { id: string; title: string };

type Props = {
  value: ParentChoice | null;
  onChange: (value: ParentChoice | null) => void;
  periodId: string;
  /** The objective being edited: it cannot align to itself. */
  excludeId?: string;
  error?: string;
  /** The current parent is hidden from the caller (it cannot be sent back). */
  hiddenParent?: boolean;
};

/**
 * Searchable picker for the objective this one aligns to (an ARIA combobox): type to search
 * `/objectives?q=`, arrows to move, Enter to choose, Escape to close.
 */
export function ParentPicker({
  value,
  onChange,
  periodId,
  excludeId,
  error,
  hiddenParent = false,
}: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim(), 250);
  const results = useObjectives(
    { q: q || undefined, periodId: periodId || undefined, status: ['ACTIVE', 'DRAFT'], size: 10 },
    { enabled: open && !value },
  );
  const options = (results.data?.items ?? []).filter((o) => o.id !== excludeId);
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;

  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    onChange({ id: option.id, title: option.title });
    setOpen(false);
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && open && options.length > 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        Aligns to<span className="field-optional"> (optional)</span>
      </label>
      {value ? (
        <div className="picked">
          <span>{value.title}</span>
          <Button
            size="sm"
            variant="ghost"
            onClick={() => onChange(null)}
            aria-label={`Remove alignment to ${value.title}`}
          >
            Change
          </Button>
        </div>
      ) : (
        <div className="combobox">
          <input
            id={id}
            className="input"
            role="combobox"
            type="search"
            autoComplete="off"
            placeholder="Search objectives by title or owner"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
            aria-describedby={error ? `${id}-error` : hintId}
            aria-invalid={error ? true : undefined}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(0);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
          {open && (
            <ul
              id={listId}
              role="listbox"
              className="combobox-list"
              aria-label="Matching objectives"
            >
              {results.isPending ? (
                <li className="combobox-note">Searching…</li>
              ) : results.isError ? (
                <li className="combobox-note">Search failed. Type again to retry.</li>
              ) : options.length === 0 ? (
                <li className="combobox-note">No objective matches.</li>
              ) : (
                options.map((option, index) => (
                  <li
                    key={option.id}
                    id={`${listId}-${index}`}
                    role="option"
                    aria-selected={index === active}
                    className="combobox-option"
                    // Choose before the input's blur closes the list.
                    onMouseDown={(event) => {
                      event.preventDefault();
                      choose(index);
                    }}
                  >
                    <span>{option.title}</span>
                    <span className="muted small">
                      {LEVEL_LABELS[option.level]} · {option.owner.name}
                    </span>
                  </li>
                ))
              )}
            </ul>
          )}
        </div>
      )}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : (
        !value && (
          <p id={hintId} className="field-hint">
            {hiddenParent
              ? 'Aligned to an objective you cannot see: saving without choosing one removes that alignment.'
              : text.trim() && !open
                ? 'Not aligned yet: choose one of the matching objectives.'
                : 'The objective this one contributes to; its progress rolls up there.'}
          </p>
        )
      )}
    </div>
  );
}
