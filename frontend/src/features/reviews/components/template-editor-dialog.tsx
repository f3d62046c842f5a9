import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import {
  useSaveTemplate,
  type Template,
  type TemplateRequest,
} from '@/features/reviews/api/review-templates';
import { toFormErrors } from '@/lib/problem';

type Section = TemplateRequest['sections'][number];
type Question = Section['questions'][number];
type QuestionRole = Question['roles'][number];

const ROLES: QuestionRole[] = ['SELF', 'MANAGER', 'PEER'];
const DEFAULT_SCALE = [
  { value: 1, label: 'Below expectations' },
  { value: 2, label: 'Partly meets expectations' },
  { value: 3, label: 'Meets expectations' },
  { value: 4, label: 'Exceeds expectations' },
  { value: 5, label: 'Exceptional' },
];
const newQuestion = (): Question => ({
  kind: 'RATING',
  text: '',
  roles: ['SELF', 'MANAGER'],
  required: true,
  weight: 1,
});

/** The template editor: scale with a label per point, ordered sections and their questions. */
export function TemplateEditorDialog({
  template,
  onClose,
  onSaved,
}: {
  template?: Template;
  onClose: () => void;
  onSaved: () => void;
}) {
  const save = useSaveTemplate();
  const [name, setName] = useState(template?.name ?? '');
  const [scale, setScale] = useState(template?.scale ?? DEFAULT_SCALE);
  const [allowNotRated, setAllowNotRated] = useState(template?.allowNotRated ?? true);
  const [sections, setSections] = useState<Section[]>(
    template?.sections ?? [{ title: 'Performance', questions: [newQuestion()] }],
  );
  const errors = save.isError ? toFormErrors(save.error) : null;

  const updateQuestion = (s: number, q: number, patch: Partial<Question>) =>
    setSections((all) =>
      all.map((section, si) =>
        si !== s
          ? section
          : {
              ...section,
              questions: section.questions.map((question, qi) =>
                qi === q ? { ...question, ...patch } : question,
              ),
            },
      ),
    );

  return (
    <Dialog title={template ? `Edit ${template.name}` : 'New template'} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(
            {
              id: template?.id,
              body: { name, scale, allowNotRated, sections, version: template?.version },
            },
            { onSuccess: onSaved },
          );
        }}
      >
        <FormAlert
          message={
            errors
              ? [errors.detail, ...Object.entries(errors.fieldErrors).map(([f, m]) => `${f}: ${m}`)]
                  .filter(Boolean)
                  .join(' ')
              : null
          }
        />
        <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} required />
        <fieldset className="wizard-step">
          <legend>Rating scale</legend>
          {scale.map((point, i) => (
            <TextField
              key={point.value}
              label={`Label for ${point.value}`}
              value={point.label}
              onChange={(e) =>
                setScale(scale.map((p, pi) => (pi === i ? { ...p, label: e.target.value } : p)))
              }
              required
            />
          ))}
          <label className="checkbox">
            <input
              type="checkbox"
              checked={allowNotRated}
              onChange={(e) => setAllowNotRated(e.target.checked)}
            />
            Allow “Not rated”
          </label>
        </fieldset>
        {sections.map((section, s) => (
          <fieldset key={s} className="wizard-step">
            <legend>Section {s + 1}</legend>
            <TextField
              label="Section title"
              value={section.title}
              onChange={(e) =>
                setSections(sections.map((x, i) => (i === s ? { ...x, title: e.target.value } : x)))
              }
              required
            />
            {section.questions.map((question, q) => (
              <div key={question.id ?? q} className="question-editor">
                <TextField
                  label={`Question ${q + 1}`}
                  value={question.text}
                  onChange={(e) => updateQuestion(s, q, { text: e.target.value })}
                  required
                />
                <div className="grid-2">
                  <SelectField
                    label="Kind"
                    value={question.kind}
                    onChange={(e) =>
                      updateQuestion(s, q, { kind: e.target.value as Question['kind'] })
                    }
                    options={[
                      { value: 'RATING', label: 'Rating' },
                      { value: 'TEXT', label: 'Free text' },
                      { value: 'OBJECTIVES', label: "Rate each of the reviewee's objectives" },
                    ]}
                    required
                  />
                  {question.kind !== 'TEXT' && (
                    <TextField
                      label="Weight in the score"
                      type="number"
                      min={0}
                      value={String(question.weight ?? 1)}
                      onChange={(e) => updateQuestion(s, q, { weight: Number(e.target.value) })}
                      required
                    />
                  )}
                </div>
                <div className="checkbox-row" role="group" aria-label="Answered by">
                  {ROLES.map((role) => (
                    <label key={role} className="checkbox">
                      <input
                        type="checkbox"
                        checked={question.roles.includes(role)}
                        onChange={(e) =>
                          updateQuestion(s, q, {
                            roles: e.target.checked
                              ? [...question.roles, role]
                              : question.roles.filter((r) => r !== role),
                          })
                        }
                      />
                      {role.toLowerCase()}
                    </label>
                  ))}
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={question.required}
                      onChange={(e) => updateQuestion(s, q, { required: e.target.checked })}
                    />
                    required
                  </label>
                </div>
              </div>
            ))}
            <Button
              size="sm"
              onClick={() =>
                setSections(
                  sections.map((x, i) =>
                    i === s ? { ...x, questions: [...x.questions, newQuestion()] } : x,
                  ),
                )
              }
            >
              Add question
            </Button>
          </fieldset>
        ))}
        <Button
          size="sm"
          onClick={() => setSections([...sections, { title: '', questions: [newQuestion()] }])}
        >
          Add section
        </Button>
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
