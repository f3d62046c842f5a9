import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { useUnsavedChangesGuard } from '@/components/ui/use-unsaved-changes-guard';
import { usePeopleChoices, useTeamChoices } from '@/features/reviews/api/get-review-options';
import { useCreateCycle, type Cycle } from '@/features/reviews/api/review-cycles';
import { toFormErrors } from '@/lib/problem';
import { reviewees } from '@/features/reviews/components/cycle-wizard/reviewees';
import { StepBasics } from '@/features/reviews/components/cycle-wizard/step-basics';
import { StepDeadlines } from '@/features/reviews/components/cycle-wizard/step-deadlines';
import { StepParticipants } from '@/features/reviews/components/cycle-wizard/step-participants';
import { StepReview } from '@/features/reviews/components/cycle-wizard/step-review';
import { StepTemplate } from '@/features/reviews/components/cycle-wizard/step-template';
import {
  STEPS,
  stepOf,
  stepSchema,
  toRequest,
  wizardDefaults,
  type WizardValues,
} from '@/features/reviews/components/cycle-wizard/wizard-schema';
import styles from '@/features/reviews/components/cycle-wizard/cycle-wizard.module.css';
import reviews from '@/features/reviews/components/reviews.module.css';

const STEP_BODIES = [StepBasics, StepTemplate, StepParticipants, StepDeadlines];

/** A new review cycle in five steps; each is checked before the next, launching asks first. */
export function CycleWizardDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (cycle: Cycle) => void;
}) {
  const form = useForm<WizardValues>({ defaultValues: wizardDefaults() });
  const [step, setStep] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const create = useCreateCycle();
  const people = usePeopleChoices();
  const teams = useTeamChoices();
  const { guard, allowLeaving } = useUnsavedChangesGuard(form.formState.isDirty);
  const last = step === STEPS.length - 1;
  const reviewed = last
    ? reviewees(form.getValues(), people.data?.items ?? [], teams.data?.items ?? [])
    : [];

  /** Shows the step's problems next to its fields; true when there are none. */
  const checkStep = (index: number) => {
    form.clearErrors();
    const result = stepSchema(index).safeParse(form.getValues());
    if (result.success) return true;
    for (const issue of result.error.issues)
      form.setError(issue.path[0] as keyof WizardValues, { message: issue.message });
    return false;
  };

  const next = () => checkStep(step) && setStep(step + 1);

  const submit = (launch: boolean) => {
    setConfirming(false);
    if (!checkStep(STEPS.length - 1)) return;
    create.mutate(
      { body: toRequest(form.getValues()), launch },
      {
        onSuccess: (cycle) => {
          allowLeaving();
          onCreated(cycle);
        },
        onError: (error) => {
          // Show the server's field problems on the step that holds the field.
          const fields = Object.entries(toFormErrors(error).fieldErrors);
          fields.forEach(([field, message]) =>
            form.setError(field as keyof WizardValues, { message }),
          );
          if (fields.length > 0) setStep(Math.min(...fields.map(([field]) => stepOf(field))));
        },
      },
    );
  };

  const Body = STEP_BODIES[step];
  return (
    <Dialog title="New review cycle" onClose={onClose} wide>
      {guard}
      <ol className={styles.steps} aria-label="Steps">
        {STEPS.map((s, i) => (
          <li key={s.title} aria-current={i === step ? 'step' : undefined} data-done={i < step}>
            {i + 1}. {s.title}
          </li>
        ))}
      </ol>
      <FormProvider {...form}>
        <form
          className="form"
          noValidate
          aria-label={`Step ${step + 1} of ${STEPS.length}: ${STEPS[step].title}`}
          onSubmit={(e) => {
            e.preventDefault();
            if (!last) next();
          }}
        >
          <FormAlert message={create.isError ? toFormErrors(create.error).detail : null} />
          <fieldset className={reviews.wizardStep}>
            <legend>{STEPS[step].title}</legend>
            {Body ? <Body /> : <StepReview reviewed={reviewed} />}
          </fieldset>
          <div className="dialog-actions">
            {step === 0 ? (
              <Button onClick={onClose}>Cancel</Button>
            ) : (
              <Button onClick={() => setStep(step - 1)}>Back</Button>
            )}
            {!last && (
              <Button type="submit" variant="primary">
                Next: {STEPS[step + 1].title}
              </Button>
            )}
            {last && (
              <>
                <Button busy={create.isPending} onClick={() => submit(false)}>
                  Save as draft
                </Button>
                <Button
                  variant="primary"
                  busy={create.isPending}
                  disabled={reviewed.length === 0}
                  onClick={() => setConfirming(true)}
                >
                  Create and launch…
                </Button>
              </>
            )}
          </div>
        </form>
      </FormProvider>
      {confirming && (
        <ConfirmDialog
          title="Launch this cycle now?"
          message={`Launching e-mails the ${reviewed.length} ${reviewed.length === 1 ? 'person' : 'people'} being reviewed and opens their self reviews. It cannot be undone; a draft can be launched later instead.`}
          confirmLabel={`Launch and e-mail ${reviewed.length}`}
          tone="primary"
          onConfirm={() => submit(true)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </Dialog>
  );
}
