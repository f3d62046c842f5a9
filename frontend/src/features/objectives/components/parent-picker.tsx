import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Combobox } from '@/components/ui/combobox';
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
  const [searching, setSearching] = useState(false);
  const q = useDebouncedValue(text.trim(), 250);
  const results = useObjectives(
    { q: q || undefined, periodId: periodId || undefined, status: ['ACTIVE', 'DRAFT'], size: 10 },
    { enabled: searching && !value },
  );
  const options = (results.data?.items ?? []).filter((o) => o.id !== excludeId);
  const hintId = `${id}-hint`;

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
        <Combobox
          id={id}
          listLabel="Matching objectives"
          placeholder="Search objectives by title or owner"
          options={options}
          status={searching ? results.status : 'pending'}
          emptyText="No objective matches."
          optionKey={(option) => option.id}
          renderOption={(option) => (
            <>
              <span>{option.title}</span>
              <span className="muted small">
                {LEVEL_LABELS[option.level]} · {option.owner.name}
              </span>
            </>
          )}
          onSelect={(option) => {
            onChange({ id: option.id, title: option.title });
            setText('');
          }}
          text={text}
          onTextChange={setText}
          onOpen={() => setSearching(true)}
          onDismiss={() => setSearching(false)}
          describedBy={error ? `${id}-error` : hintId}
          invalid={Boolean(error)}
        />
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
              : text.trim() && !searching
                ? 'Not aligned yet: choose one of the matching objectives.'
                : 'The objective this one contributes to; its progress rolls up there.'}
          </p>
        )
      )}
    </div>
  );
}
