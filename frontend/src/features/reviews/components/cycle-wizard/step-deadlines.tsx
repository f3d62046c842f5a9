import { useFormContext } from 'react-hook-form';
import { TextField } from '@/components/ui/field';
import type { WizardValues } from '@/features/reviews/components/cycle-wizard/wizard-schema';

type DateField =
  'selfReviewDue' | 'nominationsDue' | 'peerAnswersDue' | 'managerReviewDue' | 'signOffDue';

export function StepDeadlines() {
  const { register, watch, formState } = useFormContext<WizardValues>();
  const peer = watch('kind') === 'THREE_SIXTY';
  const { errors } = formState;
  const day = (name: DateField, label: string) => (
    <TextField
      label={label}
      type="date"
      {...register(name)}
      error={errors[name]?.message}
      required
    />
  );
  const check = (
    name: 'calibration' | 'skipLevelSignOff' | 'summaryAfterPeerDeadline',
    label: string,
  ) => (
    <label className="checkbox">
      <input type="checkbox" {...register(name)} />
      {label}
    </label>
  );
  return (
    <>
      <p className="muted small">
        Each deadline ends at midnight in the organization&apos;s time zone.
      </p>
      <div className="grid-2">
        {peer && day('nominationsDue', 'Peer nominations due')}
        {day('selfReviewDue', 'Self review due')}
        {peer && day('peerAnswersDue', 'Peer answers due')}
        {day('managerReviewDue', 'Manager review due')}
        {day('signOffDue', 'Sign-off due')}
        {peer && (
          <TextField
            label="Fewest peers"
            type="number"
            min={0}
            {...register('minPeers')}
            error={errors.minPeers?.message}
            required
          />
        )}
        {peer && (
          <TextField
            label="Most peers"
            type="number"
            min={1}
            {...register('maxPeers')}
            error={errors.maxPeers?.message}
            required
          />
        )}
      </div>
      {check('calibration', 'Calibrate ratings before sharing')}
      {check('skipLevelSignOff', 'Skip-level sign-off after the reviewee')}
      {peer &&
        check(
          'summaryAfterPeerDeadline',
          'Reviewees see their peer summary after the peer deadline (otherwise once their review is shared)',
        )}
    </>
  );
}
