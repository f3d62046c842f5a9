import { useWatch, type UseFormReturn } from 'react-hook-form';
import { TextAreaField } from '@/components/ui/field';
import type { FeedbackSettings } from '@/features/feedback/api/get-feedback-options';
import { usePromptTemplates } from '@/features/feedback/api/get-feedback-options';
import styles from '@/features/feedback/components/feedback-forms.module.css';
import type { GiveFeedbackValues } from '@/features/feedback/components/give-feedback-schema';

/**
 * Guidance for givers: the situation–behaviour–impact structure (hints from the organization's
 * settings) or free text, and the organization's prompt templates to think along.
 */
export function GuidanceFields({
  form,
  guidance,
}: {
  form: UseFormReturn<GiveFeedbackValues>;
  guidance?: FeedbackSettings['guidance'];
}) {
  const templates = usePromptTemplates();
  const { register, control, formState } = form;
  const structure = useWatch({ control, name: 'structure' });
  const prompts = templates.data?.items ?? [];
  return (
    <>
      <fieldset className={styles.structure}>
        <legend className="field-label">Structure</legend>
        <label className="checkbox">
          <input type="radio" value="SBI" {...register('structure')} /> Situation – behaviour –
          impact
        </label>
        <label className="checkbox">
          <input type="radio" value="FREE" {...register('structure')} /> Free text
        </label>
      </fieldset>
      {prompts.length > 0 && (
        <details className={styles.prompts}>
          <summary>Prompts to think along ({prompts.length})</summary>
          <ul>
            {prompts.map((p) => (
              <li key={p.id}>
                <strong>{p.name}:</strong> {p.prompt}
              </li>
            ))}
          </ul>
        </details>
      )}
      {structure === 'SBI' && (
        <>
          <TextAreaField
            label="Situation"
            rows={2}
            hint={guidance?.situation}
            {...register('situation')}
          />
          <TextAreaField
            label="Behaviour"
            required
            rows={3}
            hint={guidance?.behaviour}
            error={formState.errors.behaviour?.message}
            {...register('behaviour')}
          />
          <TextAreaField label="Impact" rows={2} hint={guidance?.impact} {...register('impact')} />
        </>
      )}
    </>
  );
}
