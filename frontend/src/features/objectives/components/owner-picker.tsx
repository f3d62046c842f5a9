import { useId, useState, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { usePeopleSearch, type PersonOption } from '@/features/objectives/api/get-people-search';
import { useDebouncedValue } from '@/lib/use-debounced-value';

export type OwnerChoice = { id: string; name: string; teamId?: string };

type Props = { value: OwnerChoice; onChange: (value: OwnerChoice) => void; error?: string };

/**
 * An admin's owner picker (an ARIA combobox over `/people?q=`): any active person of the
 * organization, e.g. the chief executive for a company goal. Arrows move, Enter picks.
 */
export function OwnerPicker({ value, onChange, error }: Props) {
  const id = useId();
  const [searching, setSearching] = useState(false);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim(), 250);
  const results = usePeopleSearch(q, searching);
  const options: PersonOption[] = results.data ?? [];
  const listId = `${id}-list`;

  const choose = (option: PersonOption | undefined) => {
    if (!option) return;
    onChange({ id: option.id, name: option.name, teamId: option.team?.id });
    setSearching(false);
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      setSearching(false);
    }
  };

  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        Owner
      </label>
      {!searching ? (
        <div className="picked">
          <span>{value.name}</span>
          <Button
            size="sm"
            variant="ghost"
            onClick={() => setSearching(true)}
            aria-label={`Change the owner (now ${value.name})`}
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
            autoFocus
            placeholder="Search people by name, e-mail or title"
            aria-expanded
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={options[active] ? `${listId}-${active}` : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            aria-invalid={error ? true : undefined}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setActive(0);
            }}
            onBlur={() => setSearching(false)}
            onKeyDown={onKeyDown}
          />
          <ul id={listId} role="listbox" className="combobox-list" aria-label="Matching people">
            {results.isPending ? (
              <li className="combobox-note">Searching…</li>
            ) : results.isError ? (
              <li className="combobox-note">Search failed. Type again to retry.</li>
            ) : options.length === 0 ? (
              <li className="combobox-note">No active person matches.</li>
            ) : (
              options.map((option, index) => (
                <li
                  key={option.id}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className="combobox-option"
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(option);
                  }}
                >
                  <span>{option.name}</span>
                  <span className="muted small">
                    {[option.title, option.team?.name].filter(Boolean).join(' · ')}
                  </span>
                </li>
              ))
            )}
          </ul>
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
