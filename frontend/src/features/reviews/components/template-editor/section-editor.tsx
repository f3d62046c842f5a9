import {
  useFieldArray,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { useReorder } from '@/components/ui/use-reorder';
import { QuestionEditor } from '@/features/reviews/components/template-editor/question-editor';
import {
  newQuestion,
  type TemplateValues,
} from '@/features/reviews/components/template-editor/template-schema';
import styles from '@/features/reviews/components/template-editor/template-editor.module.css';

type Props = {
  control: Control<TemplateValues>;
  register: UseFormRegister<TemplateValues>;
  errors: FieldErrors<TemplateValues>;
  index: number;
  title: string;
  handle: React.ReactNode;
  canDelete: boolean;
  onDelete: () => void;
  announce: (message: string) => void;
};

/** One section: its title and its ordered questions, which move, get added and get deleted. */
export function SectionEditor({
  control,
  register,
  errors,
  index,
  title,
  handle,
  canDelete,
  onDelete,
  announce,
}: Props) {
  const questions = useFieldArray({ control, name: `sections.${index}.questions`, keyName: 'key' });
  const reorder = useReorder({
    count: questions.fields.length,
    onMove: questions.move,
    noun: 'question',
    announce,
  });
  const sectionErrors = errors.sections?.[index];
  const label = `section ${index + 1}${title ? ` “${title}”` : ''}`;
  return (
    <>
      <div className={styles.header}>
        {handle}
        <h3>Section {index + 1}</h3>
        <Button
          size="sm"
          variant="ghost"
          onClick={onDelete}
          disabled={!canDelete}
          aria-label={`Delete ${label}`}
          title={canDelete ? undefined : 'A template keeps at least one section'}
        >
          Delete section
        </Button>
      </div>
      <TextField
        label="Section title"
        required
        {...register(`sections.${index}.title`)}
        error={sectionErrors?.title?.message}
      />
      <ol className={styles.questions} aria-label={`Questions of section ${index + 1}`}>
        {questions.fields.map((field, q) => (
          <li key={field.key} {...reorder.itemProps(q, styles.question)}>
            <QuestionEditor
              control={control}
              register={register}
              errors={errors}
              section={index}
              index={q}
              handle={<button {...reorder.handleProps(q, `question ${q + 1}`)}>⠿</button>}
              canDelete={questions.fields.length > 1}
              onDelete={() => {
                questions.remove(q);
                announce(`Question ${q + 1} deleted.`);
              }}
            />
          </li>
        ))}
      </ol>
      {sectionErrors?.questions?.root?.message && (
        <p className="field-error">{sectionErrors.questions.root.message}</p>
      )}
      <div>
        <Button size="sm" onClick={() => questions.append(newQuestion())}>
          Add question
        </Button>
      </div>
    </>
  );
}
