import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { useReorder } from '@/components/ui/use-reorder';
import { useSaveTemplate, type Template } from '@/features/reviews/api/review-templates';
import { SectionEditor } from '@/features/reviews/components/template-editor/section-editor';
import {
  DEFAULT_SCALE,
  newQuestion,
  templateSchema,
  toFieldPath,
  toRequest,
  type TemplateOutput,
  type TemplateValues,
} from '@/features/reviews/components/template-editor/template-schema';
import styles from '@/features/reviews/components/template-editor/template-editor.module.css';
import { toFormErrors } from '@/lib/problem';

type Props = { template?: Template; onClose: () => void; onSaved: () => void };

const initial = (template?: Template): TemplateValues =>
  template
    ? {
        name: template.name,
        scale: template.scale,
        allowNotRated: template.allowNotRated,
        sections: template.sections,
      }
    : {
        name: '',
        scale: DEFAULT_SCALE,
        allowNotRated: true,
        sections: [{ title: 'Performance', questions: [newQuestion()] }],
      };

/**
 * The template editor: the scale with a label per point, then sections and their questions, each
 * moved by dragging its handle or with the arrow keys, and deleted — while no launched cycle uses it.
 */
export function TemplateEditorDialog({ template, onClose, onSaved }: Props) {
  const save = useSaveTemplate();
  const [message, setMessage] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { control, register, handleSubmit, setError, formState } = useForm<
    TemplateValues,
    unknown,
    TemplateOutput
  >({ resolver: zodResolver(templateSchema), defaultValues: initial(template) });
  const sections = useFieldArray({ control, name: 'sections', keyName: 'key' });
  const titles = useWatch({ control, name: 'sections' }).map((s) => s.title);
  const scale = useWatch({ control, name: 'scale' });
  const reorder = useReorder({
    count: sections.fields.length,
    onMove: sections.move,
    noun: 'section',
    announce: setAnnouncement,
  });

  const onSubmit = handleSubmit((values) => {
    setMessage(null);
    save.mutate(
      { id: template?.id, body: toRequest(values, template?.version) },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const { detail, fieldErrors } = toFormErrors(error);
          for (const [field, text] of Object.entries(fieldErrors)) {
            setError(toFieldPath(field) as FieldPath<TemplateValues>, { message: text });
          }
          setMessage(detail ?? 'The template could not be saved: check the marked fields.');
        },
      },
    );
  });

  return (
    <Dialog title={template ? `Edit ${template.name}` : 'New template'} onClose={onClose} wide>
      <UnsavedChangesGuard when={formState.isDirty && !save.isSuccess} what="this template" />
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert message={message} />
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        <TextField
          label="Name"
          required
          {...register('name')}
          error={formState.errors.name?.message}
        />
        <fieldset className={styles.scale}>
          <legend>Rating scale</legend>
          {scale.map((point, i) => (
            <TextField
              key={point.value}
              label={`Label for ${point.value}`}
              required
              {...register(`scale.${i}.label`)}
              error={formState.errors.scale?.[i]?.label?.message}
            />
          ))}
          <label className="checkbox">
            <input type="checkbox" {...register('allowNotRated')} />
            Allow “Not rated”
          </label>
        </fieldset>
        <p className={styles.hint}>
          Drag a handle (⠿) to move a section or question, or focus it and use the arrow keys.
        </p>
        <ol className={styles.sections} aria-label="Sections">
          {sections.fields.map((field, s) => (
            <li key={field.key} {...reorder.itemProps(s, styles.section)}>
              <SectionEditor
                control={control}
                register={register}
                errors={formState.errors}
                index={s}
                title={titles[s] ?? ''}
                handle={<button {...reorder.handleProps(s, `section ${s + 1}`)}>⠿</button>}
                canDelete={sections.fields.length > 1}
                onDelete={() => {
                  sections.remove(s);
                  setAnnouncement(`Section ${s + 1} deleted.`);
                }}
                announce={setAnnouncement}
              />
            </li>
          ))}
        </ol>
        <div>
          <Button
            size="sm"
            onClick={() => sections.append({ title: '', questions: [newQuestion()] })}
          >
            Add section
          </Button>
        </div>
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={save.isPending}>
            Save template
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
