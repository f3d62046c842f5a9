import { useWatch, type Control, type UseFormRegister, type FieldErrors } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import type { TemplateValues } from '@/features/reviews/components/template-editor/template-schema';
import styles from '@/features/reviews/components/template-editor/template-editor.module.css';

const ROLES = ['SELF', 'MANAGER', 'PEER'] as const;

type Props = {
  control: Control<TemplateValues>;
  register: UseFormRegister<TemplateValues>;
  errors: FieldErrors<TemplateValues>;
  section: number;
  index: number;
  handle: React.ReactNode;
  canDelete: boolean;
  onDelete: () => void;
};

/** One question: text, kind, weight, who answers it, with its move handle and delete button. */
export function QuestionEditor({
  control,
  register,
  errors,
  section,
  index,
  handle,
  canDelete,
  onDelete,
}: Props) {
  const path = `sections.${section}.questions.${index}` as const;
  const kind = useWatch({ control, name: `${path}.kind` });
  const text = useWatch({ control, name: `${path}.text` });
  const fieldErrors = errors.sections?.[section]?.questions?.[index];
  const label = `question ${index + 1}${text ? ` “${text}”` : ''}`;
  return (
    <>
      <div className={styles.header}>
        {handle}
        <h4>Question {index + 1}</h4>
        <Button
          size="sm"
          variant="ghost"
          onClick={onDelete}
          disabled={!canDelete}
          aria-label={`Delete ${label}`}
          title={canDelete ? undefined : 'A section keeps at least one question'}
        >
          Delete
        </Button>
      </div>
      <TextField
        label="Question"
        required
        {...register(`${path}.text`)}
        error={fieldErrors?.text?.message}
      />
      <div className="grid-2">
        <SelectField
          label="Kind"
          required
          {...register(`${path}.kind`)}
          options={[
            { value: 'RATING', label: 'Rating' },
            { value: 'TEXT', label: 'Free text' },
            { value: 'OBJECTIVES', label: "Rate each of the reviewee's objectives" },
          ]}
        />
        {kind !== 'TEXT' && (
          <TextField
            label="Weight in the score"
            type="number"
            min={0}
            step="any"
            required
            {...register(`${path}.weight`)}
            error={fieldErrors?.weight?.message}
          />
        )}
      </div>
      <div className="checkbox-row" role="group" aria-label={`Answered by (question ${index + 1})`}>
        {ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input type="checkbox" value={role} {...register(`${path}.roles`)} />
            {role.toLowerCase()}
          </label>
        ))}
        <label className="checkbox">
          <input type="checkbox" {...register(`${path}.required`)} />
          required
        </label>
      </div>
      {fieldErrors?.roles?.message && <p className="field-error">{fieldErrors.roles.message}</p>}
    </>
  );
}
