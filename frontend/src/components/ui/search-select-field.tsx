import { useId, useState } from 'react';
import { Combobox } from '@/components/ui/combobox';
import { describedBy, FieldShell } from '@/components/ui/field';

export type SearchSelectOption = { value: string; label: string; detail?: string };

type Props = {
  label: string;
  options: SearchSelectOption[];
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  hint?: string;
  error?: string;
  placeholder?: string;
  /** The options are still loading. */
  loading?: boolean;
  emptyText?: string;
};

/**
 * A select over many choices (people) that can be searched: shows the chosen label, lists every
 * option in the given order on focus, and narrows them as the person types (name or detail).
 */
export function SearchSelectField({ label, options, value, onChange, ...field }: Props) {
  const id = useId();
  // What is typed; null while showing the chosen option.
  const [typed, setTyped] = useState<string | null>(null);
  const chosen = options.find((option) => option.value === value);
  const words = (typed ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches = options.filter((option) => {
    const text = `${option.label} ${option.detail ?? ''}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
  return (
    <FieldShell
      id={id}
      label={label}
      hint={field.hint}
      error={field.error}
      required={field.required}
    >
      <Combobox
        id={id}
        listLabel={`${label}: choices`}
        placeholder={field.loading ? 'Loading…' : (field.placeholder ?? 'Type to search')}
        options={matches}
        status={field.loading ? 'pending' : 'success'}
        emptyText={field.emptyText ?? 'Nothing matches.'}
        optionKey={(option) => option.value}
        renderOption={(option) => (
          <>
            <span>{option.label}</span>
            {option.detail && <span className="muted small">{option.detail}</span>}
          </>
        )}
        onSelect={(option) => {
          onChange(option.value);
          setTyped(null);
        }}
        text={typed ?? chosen?.label ?? ''}
        onTextChange={setTyped}
        onDismiss={() => setTyped(null)}
        describedBy={describedBy(id, field.hint, field.error)}
        invalid={Boolean(field.error)}
        required={field.required}
      />
    </FieldShell>
  );
}
