import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Combobox } from '@/components/ui/combobox';
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
  const q = useDebouncedValue(text.trim(), 250);
  const results = usePeopleSearch(q, searching);

  const choose = (option: PersonOption) => {
    onChange({ id: option.id, name: option.name, teamId: option.team?.id });
    setSearching(false);
    setText('');
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
        <Combobox
          id={id}
          autoFocus
          listLabel="Matching people"
          placeholder="Search people by name, e-mail or title"
          options={results.data ?? []}
          status={results.status}
          emptyText="No active person matches."
          optionKey={(option) => option.id}
          renderOption={(option) => (
            <>
              <span>{option.name}</span>
              <span className="muted small">
                {[option.title, option.team?.name].filter(Boolean).join(' · ')}
              </span>
            </>
          )}
          onSelect={choose}
          text={text}
          onTextChange={setText}
          onDismiss={() => setSearching(false)}
          describedBy={error ? `${id}-error` : undefined}
          invalid={Boolean(error)}
        />
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
