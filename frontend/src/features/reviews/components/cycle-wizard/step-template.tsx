import { useFormContext } from 'react-hook-form';
import { SelectField } from '@/components/ui/field';
import { useTemplates } from '@/features/reviews/api/review-templates';
import type { WizardValues } from '@/features/reviews/components/cycle-wizard/wizard-schema';

/** The questions to ask: pick a template and see its sections before going on. */
export function StepTemplate() {
  const { register, watch, formState } = useFormContext<WizardValues>();
  const templates = useTemplates();
  const chosen = templates.data?.items.find((t) => t.id === watch('templateId'));
  return (
    <>
      <SelectField
        label="Template"
        {...register('templateId')}
        options={(templates.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))}
        placeholder="Choose a template"
        error={formState.errors.templateId?.message}
        required
      />
      {chosen && (
        <div className="stack-sm" aria-label="Template contents" role="region">
          {chosen.description && <p className="muted">{chosen.description}</p>}
          <ul>
            {chosen.sections.map((section) => (
              <li key={section.id ?? section.title}>
                {section.title}: {section.questions.length}{' '}
                {section.questions.length === 1 ? 'question' : 'questions'}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
