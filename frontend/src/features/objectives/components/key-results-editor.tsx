import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import type { KeyResultKind } from '@/features/objectives/api/get-objective';
import {
  newKeyResultDraft,
  type KeyResultDraft,
} from '@/features/objectives/components/objective-form-schema';
import styles from '@/features/objectives/components/key-results.module.css';

const KIND_OPTIONS: { value: KeyResultKind; label: string }[] = [
  { value: 'PERCENT', label: 'Percentage' },
  { value: 'NUMBER', label: 'Number' },
  { value: 'CURRENCY', label: 'Money' },
  { value: 'BOOLEAN', label: 'Done / not done' },
  { value: 'MILESTONE', label: 'Milestones' },
];

type RowProps = {
  index: number;
  draft: KeyResultDraft;
  errors: Record<string, string>;
  onChange: (draft: KeyResultDraft) => void;
  onRemove: () => void;
};

/** The fields a key result needs depend on its kind. */
function KindFields({ index, draft, errors, onChange }: Omit<RowProps, 'onRemove'>) {
  const error = (field: string) => errors[`keyResults.${index}.${field}`];
  const set = (field: keyof KeyResultDraft) => (event: { target: { value: string } }) =>
    onChange({ ...draft, [field]: event.target.value });
  switch (draft.kind) {
    case 'BOOLEAN':
      return <p className="field-hint">Progress is 0% until it is done, then 100%.</p>;
    case 'MILESTONE':
      return (
        <TextField
          label="Number of milestones"
          required
          type="number"
          min={1}
          step={1}
          value={draft.targetValue}
          onChange={set('targetValue')}
          error={error('targetValue')}
        />
      );
    default:
      return (
        <div className="form-row form-row-3">
          <TextField
            label="Start"
            type="number"
            step="any"
            placeholder="0"
            value={draft.startValue}
            onChange={set('startValue')}
            error={error('startValue')}
          />
          <TextField
            label="Target"
            required={draft.kind !== 'PERCENT'}
            type="number"
            step="any"
            placeholder={draft.kind === 'PERCENT' ? '100' : undefined}
            hint={draft.kind === 'PERCENT' ? undefined : 'Below the start for a decrease.'}
            value={draft.targetValue}
            onChange={set('targetValue')}
            error={error('targetValue')}
          />
          {draft.kind === 'CURRENCY' ? (
            <TextField
              label="Currency"
              required
              maxLength={3}
              value={draft.unit}
              onChange={set('unit')}
              error={error('unit')}
            />
          ) : draft.kind === 'NUMBER' ? (
            <TextField
              label="Unit"
              placeholder="e.g. deals"
              maxLength={20}
              value={draft.unit}
              onChange={set('unit')}
              error={error('unit')}
            />
          ) : null}
        </div>
      );
  }
}

function KeyResultRow({ index, draft, errors, onChange, onRemove }: RowProps) {
  const label = `Key result ${index + 1}`;
  return (
    <fieldset className={styles.draft}>
      <legend>{label}</legend>
      <div className="form-row form-row-wide">
        <TextField
          label="What will you measure?"
          required
          maxLength={200}
          value={draft.title}
          onChange={(e) => onChange({ ...draft, title: e.target.value })}
          error={errors[`keyResults.${index}.title`]}
        />
        <SelectField
          label="Kind"
          required
          options={KIND_OPTIONS}
          value={draft.kind}
          onChange={(e) => {
            const kind = e.target.value as KeyResultKind;
            onChange({ ...newKeyResultDraft(kind), key: draft.key, title: draft.title });
          }}
        />
      </div>
      <KindFields index={index} draft={draft} errors={errors} onChange={onChange} />
      <div className={styles.draftFooter}>
        <TextField
          label="Weight"
          type="number"
          min={0}
          step="any"
          placeholder="1"
          value={draft.weight}
          onChange={(e) => onChange({ ...draft, weight: e.target.value })}
          error={errors[`keyResults.${index}.weight`]}
        />
        <Button variant="ghost" size="sm" onClick={onRemove} aria-label={`Remove ${label}`}>
          Remove
        </Button>
      </div>
    </fieldset>
  );
}

type Props = {
  /** Heading of the section; none inside a dialog that is about key results already. */
  title?: string;
  value: KeyResultDraft[];
  onChange: (value: KeyResultDraft[]) => void;
  errors: Record<string, string>;
};

/** Key results of a new objective: add, remove and fill in kind-specific fields. */
export function KeyResultsEditor({ title, value, onChange, errors }: Props) {
  return (
    <div className={styles.editor}>
      {title && <h3 className={styles.editorTitle}>{title}</h3>}
      {errors.keyResults && <p className="field-error">{errors.keyResults}</p>}
      {value.length === 0 && (
        <p className="muted small">
          Without key results, progress comes from aligned objectives or from check-ins.
        </p>
      )}
      {value.map((draft, index) => (
        <KeyResultRow
          key={draft.key}
          index={index}
          draft={draft}
          errors={errors}
          onChange={(next) => onChange(value.map((item, i) => (i === index ? next : item)))}
          onRemove={() => onChange(value.filter((_, i) => i !== index))}
        />
      ))}
      {value.length < 20 && (
        <Button size="sm" onClick={() => onChange([...value, newKeyResultDraft()])}>
          Add key result
        </Button>
      )}
    </div>
  );
}
