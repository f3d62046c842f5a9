import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, LoadingState } from '@/components/ui/states';
import type { Review } from '@/features/reviews/api/get-review';
import {
  saveAnswers,
  useAnswers,
  useSubmitAnswers,
  type Answer,
  type Role,
} from '@/features/reviews/api/review-answers';
import { QuestionField } from '@/features/reviews/components/question-field';
import { missingAnswers, questionsFor } from '@/features/reviews/components/review-questions';
import { isApiError, toFormErrors } from '@/lib/problem';
import styles from '@/features/reviews/components/reviews.module.css';

const AUTOSAVE_DELAY_MS = 800;
const ROLE_TITLES: Record<Role, string> = {
  SELF: 'self review',
  MANAGER: 'manager review',
  PEER: 'peer feedback',
};

const SUBMIT_EFFECTS: Record<Role, string> = {
  SELF: 'Your manager will read your answers, and you can no longer change them.',
  MANAGER:
    'The review moves on to its next step (calibration or sharing), and you can no longer change your answers.',
  PEER: 'Your feedback is added to the review, and you can no longer change it.',
};

type Draft = Record<string, Answer>;

/** The caller's answers in one role: autosaved drafts, then a submit that lists what is missing. */
export function ReviewForm({ review, role }: { review: Review; role: Role }) {
  const answers = useAnswers(review.id, role);
  if (answers.isPending) return <LoadingState label="Loading your answers…" />;
  if (answers.isError)
    return <ErrorState title="Your answers could not be loaded" error={answers.error} />;
  return (
    <ReviewFormLoaded
      key={`${review.id}-${role}`}
      review={review}
      role={role}
      initial={answers.data.answers}
      initialVersion={answers.data.version}
      started={answers.data.status !== 'NOT_STARTED'}
    />
  );
}

function ReviewFormLoaded({
  review,
  role,
  initial,
  initialVersion,
  started,
}: {
  review: Review;
  role: Role;
  initial: Answer[];
  initialVersion: number;
  started: boolean;
}) {
  const [draft, setDraft] = useState<Draft>(() =>
    Object.fromEntries(initial.map((a) => [a.questionId, a])),
  );
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const version = useRef<number | undefined>(started ? initialVersion : undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(draft);
  const submit = useSubmitAnswers(review.id, role);

  const save = () => {
    chain.current = chain.current.then(async () => {
      setSaveState('saving');
      try {
        const saved = await saveAnswers(review.id, role, {
          answers: Object.values(latest.current),
          version: version.current,
        });
        version.current = saved.version;
        setSaveState('saved');
        setProblem(null);
      } catch (error) {
        setSaveState('error');
        setProblem(toFormErrors(error).detail);
      }
    });
    return chain.current;
  };

  // Leaving the page saves a draft still waiting for its pause in typing.
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  useEffect(
    () => () => {
      if (!timer.current) return;
      clearTimeout(timer.current);
      void saveRef.current();
    },
    [],
  );

  const change = (answer: Answer) => {
    const next = { ...latest.current, [answer.questionId]: answer };
    latest.current = next;
    setDraft(next);
    setMissing([]);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void save();
    }, AUTOSAVE_DELAY_MS);
  };

  const onSubmit = () => {
    const stillMissing = missingAnswers(review, role, latest.current);
    if (stillMissing.length > 0) {
      setMissing(stillMissing.map((q) => q.text));
      return;
    }
    setConfirming(true);
  };

  const submitNow = async () => {
    setConfirming(false);
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    await save();
    if (version.current === undefined) return;
    submit.mutate(version.current, {
      onError: (error) => {
        if (isApiError(error) && error.status === 400 && error.problem.errors?.length) {
          setMissing(error.problem.errors.map((e) => e.message ?? ''));
        } else {
          setProblem(toFormErrors(error).detail);
        }
      },
    });
  };

  return (
    <>
      <form
        className="form review-form"
        aria-label={`Your ${ROLE_TITLES[role]}`}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {questionsFor(review, role).map((section) => (
          <fieldset key={section.id ?? section.title} className={styles.section}>
            <legend>{section.title}</legend>
            {section.description && <p className="muted">{section.description}</p>}
            {section.questions.map((q) => (
              <QuestionField
                key={q.id}
                question={q}
                review={review}
                answer={draft[q.id ?? '']}
                onChange={change}
              />
            ))}
          </fieldset>
        ))}
        {missing.length > 0 && (
          <div className="alert alert-error" role="alert">
            <p>Answer these before submitting:</p>
            <ul>
              {missing.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        )}
        <FormAlert message={problem} />
        <div className="button-row">
          <Button type="submit" variant="primary" busy={submit.isPending}>
            Submit {ROLE_TITLES[role]}
          </Button>
          <span className="muted small" role="status">
            {saveState === 'saving'
              ? 'Saving draft…'
              : saveState === 'saved'
                ? 'Draft saved'
                : saveState === 'error'
                  ? 'Draft not saved'
                  : 'Drafts save as you type'}
          </span>
        </div>
      </form>
      {confirming && (
        <ConfirmDialog
          title={`Submit your ${ROLE_TITLES[role]}?`}
          message={SUBMIT_EFFECTS[role]}
          confirmLabel={`Submit ${ROLE_TITLES[role]}`}
          cancelLabel="Keep editing"
          tone="primary"
          onConfirm={() => void submitNow()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}
