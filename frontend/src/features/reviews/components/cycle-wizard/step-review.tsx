import { useFormContext } from 'react-hook-form';
import type { PeoplePage } from '@/features/reviews/api/get-review-options';
import { usePeriodChoices } from '@/features/reviews/api/get-review-options';
import { useTemplates } from '@/features/reviews/api/review-templates';
import { formatDate } from '@/lib/format-date';
import type { WizardValues } from '@/features/reviews/components/cycle-wizard/wizard-schema';

type Person = PeoplePage['items'][number];

/** Everything chosen, in words, with the people who will be reviewed. */
export function StepReview({ reviewed }: { reviewed: Person[] }) {
  const v = useFormContext<WizardValues>().getValues();
  const template = useTemplates().data?.items.find((t) => t.id === v.templateId);
  const period = usePeriodChoices().data?.items.find((p) => p.id === v.periodId);
  const peer = v.kind === 'THREE_SIXTY';
  return (
    <>
      <dl className="details">
        <dt>Name</dt>
        <dd>{v.name}</dd>
        <dt>Kind</dt>
        <dd>
          {peer ? '360 review' : `${v.appraisalType === 'ANNUAL' ? 'Annual' : 'Interim'} appraisal`}
        </dd>
        <dt>Period</dt>
        <dd>{period?.name ?? '—'}</dd>
        <dt>Template</dt>
        <dd>{template?.name ?? '—'}</dd>
        {peer && (
          <>
            <dt>Peers</dt>
            <dd>
              {v.minPeers}–{v.maxPeers} each, nominations due {formatDate(v.nominationsDue)},
              answers due {formatDate(v.peerAnswersDue)}
            </dd>
          </>
        )}
        <dt>Self review due</dt>
        <dd>{formatDate(v.selfReviewDue)}</dd>
        <dt>Manager review due</dt>
        <dd>{formatDate(v.managerReviewDue)}</dd>
        <dt>Sign-off due</dt>
        <dd>{formatDate(v.signOffDue)}</dd>
        <dt>Calibration</dt>
        <dd>{v.calibration ? 'Yes, before sharing' : 'No'}</dd>
      </dl>
      <section aria-label="Who will be reviewed" className="stack-sm">
        <h3>
          {reviewed.length} {reviewed.length === 1 ? 'person' : 'people'} will be reviewed
        </h3>
        {reviewed.length === 0 ? (
          <p className="alert alert-error">Nobody matches: go back and choose participants.</p>
        ) : (
          <p className="muted">
            {reviewed
              .slice(0, 12)
              .map((person) => person.name)
              .join(', ')}
            {reviewed.length > 12 && ` and ${reviewed.length - 12} more`}
          </p>
        )}
      </section>
    </>
  );
}
