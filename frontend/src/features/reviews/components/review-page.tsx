import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { Button } from '@/components/ui/button';
import { Badge, Card } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useReview, type Review } from '@/features/reviews/api/get-review';
import type { Role } from '@/features/reviews/api/review-answers';
import { useShareReview, useSignOffReview } from '@/features/reviews/api/review-actions';
import { AcknowledgeDialog } from '@/features/reviews/components/acknowledge-dialog';
import { AnswersView } from '@/features/reviews/components/answers-view';
import { EvidencePanel } from '@/features/reviews/components/evidence-panel';
import { STATE_LABELS, formatDue } from '@/features/reviews/components/format';
import { formatDate } from '@/lib/format-date';
import { NominationsPanel } from '@/features/reviews/components/nominations-panel';
import { PeerSummaryPanel } from '@/features/reviews/components/peer-summary-panel';
import { RatingChangeDialog } from '@/features/reviews/components/rating-change-dialog';
import { ReviewForm } from '@/features/reviews/components/review-form';
import { ScorePanel } from '@/features/reviews/components/score-panel';
import { ReviewSteps } from '@/features/reviews/components/review-steps';
import { toFormErrors } from '@/lib/problem';
import styles from '@/features/reviews/components/reviews.module.css';

function writableRole(review: Review): Role | null {
  if (review.permissions.canWriteSelf) return 'SELF';
  if (review.permissions.canWriteManager) return 'MANAGER';
  if (review.permissions.canWritePeer) return 'PEER';
  return null;
}

/** One review: the caller's form, the parts they may read, peers, the summary and the evidence. */
export function ReviewPage({ reviewId }: { reviewId: string }) {
  const review = useReview(reviewId);
  if (review.isPending) return <LoadingState label="Loading the review…" />;
  if (review.isError)
    return <ErrorState title="This review could not be loaded" error={review.error} />;
  return <ReviewLoaded review={review.data} />;
}

function ReviewLoaded({ review }: { review: Review }) {
  const role = writableRole(review);
  const [acknowledging, setAcknowledging] = useState(false);
  const [overriding, setOverriding] = useState(false);
  const share = useShareReview();
  const signOff = useSignOffReview();
  const p = review.permissions;
  const mine = review.myRoles.includes('REVIEWEE');
  const actionError = share.isError ? share.error : signOff.isError ? signOff.error : null;
  const min = review.scale[0]?.value ?? 1;
  const max = review.scale[review.scale.length - 1]?.value ?? 5;

  return (
    <>
      <PageHeader
        breadcrumb={<Link to="/reviews">Reviews</Link>}
        title={mine ? review.cycle.name : `${review.cycle.name}: ${review.reviewee.name}`}
        description={
          <>
            <Badge tone="accent">{STATE_LABELS[review.state]}</Badge>{' '}
            {review.cycle.kind === 'THREE_SIXTY' ? '360 review' : 'Appraisal'} of{' '}
            {review.reviewee.name} for {review.cycle.period.name}
            {review.manager ? `, manager ${review.manager.name}` : ''}
          </>
        }
        actions={
          <div className="button-row">
            {p.canOverride && <Button onClick={() => setOverriding(true)}>Override rating</Button>}
            {p.canShare && (
              <Button
                variant="primary"
                busy={share.isPending}
                onClick={() => share.mutate({ id: review.id, version: review.version })}
              >
                Share with {review.reviewee.name}
              </Button>
            )}
            {p.canAcknowledge && (
              <Button variant="primary" onClick={() => setAcknowledging(true)}>
                Acknowledge
              </Button>
            )}
            {p.canSignOff && (
              <Button
                variant="primary"
                busy={signOff.isPending}
                onClick={() => signOff.mutate({ id: review.id, version: review.version })}
              >
                Sign off
              </Button>
            )}
          </div>
        }
      />
      <FormAlert message={actionError ? toFormErrors(actionError).detail : null} />
      <ReviewSteps review={review} />
      <div className={styles.layout}>
        <div className="stack">
          {review.acknowledgedAt && (
            <Card title="Acknowledged">
              <p>
                {review.reviewee.name} acknowledged this review on{' '}
                {formatDate(review.acknowledgedAt)}.
              </p>
              {review.acknowledgementComment && (
                <blockquote>{review.acknowledgementComment}</blockquote>
              )}
            </Card>
          )}
          {review.score && (
            <Card title="Overall rating">
              <ScorePanel review={review} />
            </Card>
          )}
          {role && (
            <Card
              title={
                role === 'SELF'
                  ? 'Your self review'
                  : role === 'MANAGER'
                    ? `Your manager review of ${review.reviewee.name}`
                    : `Your feedback for ${review.reviewee.name}`
              }
            >
              <p className="muted small">
                Due{' '}
                {formatDue(
                  role === 'SELF'
                    ? review.cycle.deadlines.selfReview
                    : role === 'MANAGER'
                      ? review.cycle.deadlines.managerReview
                      : review.cycle.deadlines.peerAnswers,
                )}
              </p>
              <ReviewForm review={review} role={role} />
            </Card>
          )}
          {role !== 'SELF' && review.parts.self === 'SUBMITTED' && (
            <Card>
              <AnswersView
                review={review}
                role="SELF"
                title={mine ? 'Your self review' : `${review.reviewee.name}'s self review`}
              />
            </Card>
          )}
          {role !== 'MANAGER' && review.parts.manager === 'SUBMITTED' && (
            <Card>
              <AnswersView review={review} role="MANAGER" title="Manager review" />
            </Card>
          )}
          {role !== 'PEER' && review.parts.myPeer === 'SUBMITTED' && (
            <Card>
              <AnswersView review={review} role="PEER" title="Your feedback" />
            </Card>
          )}
          {review.cycle.kind === 'THREE_SIXTY' && p.canSeeEvidence && (
            <NominationsPanel review={review} />
          )}
          {p.canSeePeerSummary && <PeerSummaryPanel reviewId={review.id} />}
        </div>
        {p.canSeeEvidence && (
          <aside aria-label="Evidence">
            <EvidencePanel reviewId={review.id} />
          </aside>
        )}
      </div>
      {acknowledging && (
        <AcknowledgeDialog
          reviewId={review.id}
          version={review.version}
          onClose={() => setAcknowledging(false)}
        />
      )}
      {overriding && (
        <RatingChangeDialog
          kind="override"
          reviewId={review.id}
          version={review.version}
          revieweeName={review.reviewee.name}
          current={review.score?.overall}
          min={min}
          max={max}
          onClose={() => setOverriding(false)}
          onSaved={() => setOverriding(false)}
        />
      )}
    </>
  );
}
