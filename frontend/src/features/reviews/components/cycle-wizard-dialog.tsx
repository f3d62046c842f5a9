import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import {
  usePeopleChoices,
  usePeriodChoices,
  useTeamChoices,
} from '@/features/reviews/api/get-review-options';
import {
  useCreateCycle,
  type Cycle,
  type CycleRequest,
} from '@/features/reviews/api/review-cycles';
import { useTemplates } from '@/features/reviews/api/review-templates';
import { toFormErrors } from '@/lib/problem';

const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
/** A date picked in the form is sent as a day: the server ends it at midnight in the organization's zone. */
const endOfDay = (date: string) => date;

type Values = {
  name: string;
  kind: 'APPRAISAL' | 'THREE_SIXTY';
  appraisalType: 'ANNUAL' | 'INTERIM';
  templateId: string;
  periodId: string;
  participantScope: 'EVERYONE' | 'TEAM' | 'LIST';
  participantTeamId: string;
  participantIds: string[];
  selfReviewDue: string;
  nominationsDue: string;
  peerAnswersDue: string;
  managerReviewDue: string;
  signOffDue: string;
  minPeers: string;
  maxPeers: string;
  calibration: boolean;
  skipLevelSignOff: boolean;
  summaryAfterPeerDeadline: boolean;
};

/** The cycle wizard: template and period, participants, deadlines; then create (and launch). */
export function CycleWizardDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (cycle: Cycle) => void;
}) {
  const templates = useTemplates();
  const periods = usePeriodChoices();
  const teams = useTeamChoices();
  const people = usePeopleChoices();
  const create = useCreateCycle();
  const [filter, setFilter] = useState('');
  const [v, setValues] = useState<Values>({
    name: '',
    kind: 'APPRAISAL',
    appraisalType: 'ANNUAL',
    templateId: '',
    periodId: '',
    participantScope: 'LIST',
    participantTeamId: '',
    participantIds: [],
    selfReviewDue: inDays(14),
    nominationsDue: inDays(7),
    peerAnswersDue: inDays(21),
    managerReviewDue: inDays(28),
    signOffDue: inDays(35),
    minPeers: '3',
    maxPeers: '6',
    calibration: true,
    skipLevelSignOff: false,
    summaryAfterPeerDeadline: false,
  });
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const errors = create.isError ? toFormErrors(create.error) : null;
  const peer = v.kind === 'THREE_SIXTY';

  const submit = (launch: boolean) => {
    const body: CycleRequest = {
      name: v.name,
      kind: v.kind,
      appraisalType: peer ? undefined : v.appraisalType,
      templateId: v.templateId || (templates.data?.items[0]?.id ?? ''),
      periodId: v.periodId || (periods.data?.items[0]?.id ?? ''),
      participantScope: v.participantScope,
      participantTeamId: v.participantScope === 'TEAM' ? v.participantTeamId : undefined,
      participantIds: v.participantScope === 'LIST' ? v.participantIds : undefined,
      selfReviewDue: endOfDay(v.selfReviewDue),
      nominationsDue: peer ? endOfDay(v.nominationsDue) : undefined,
      peerAnswersDue: peer ? endOfDay(v.peerAnswersDue) : undefined,
      managerReviewDue: endOfDay(v.managerReviewDue),
      signOffDue: endOfDay(v.signOffDue),
      minPeers: peer ? Number(v.minPeers) : undefined,
      maxPeers: peer ? Number(v.maxPeers) : undefined,
      calibration: v.calibration,
      skipLevelSignOff: v.skipLevelSignOff,
      peerSummaryRelease: !peer
        ? undefined
        : v.summaryAfterPeerDeadline
          ? 'AFTER_PEER_DEADLINE'
          : 'WHEN_SHARED',
    };
    create.mutate({ body, launch }, { onSuccess: onCreated });
  };

  const candidates = (people.data?.items ?? []).filter((p) =>
    p.name.toLowerCase().includes(filter.trim().toLowerCase()),
  );
  const field = (name: string) => errors?.fieldErrors[name];

  return (
    <Dialog title="New review cycle" onClose={onClose}>
      <form className="form" onSubmit={(e) => e.preventDefault()}>
        <FormAlert message={errors?.detail} />
        <fieldset className="wizard-step">
          <legend>1. What</legend>
          <TextField
            label="Name"
            value={v.name}
            onChange={(e) => set('name', e.target.value)}
            error={field('name')}
            required
          />
          <SelectField
            label="Kind"
            value={v.kind}
            onChange={(e) => set('kind', e.target.value as Values['kind'])}
            options={[
              { value: 'APPRAISAL', label: 'Appraisal' },
              { value: 'THREE_SIXTY', label: '360 review' },
            ]}
            required
          />
          {!peer && (
            <SelectField
              label="Appraisal type"
              value={v.appraisalType}
              onChange={(e) => set('appraisalType', e.target.value as Values['appraisalType'])}
              options={[
                { value: 'ANNUAL', label: 'Annual' },
                { value: 'INTERIM', label: 'Interim (e.g. mid-year)' },
              ]}
              required
            />
          )}
          <SelectField
            label="Template"
            value={v.templateId}
            onChange={(e) => set('templateId', e.target.value)}
            options={(templates.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))}
            placeholder="Choose a template"
            error={field('templateId')}
            required
          />
          <SelectField
            label="Period reviewed"
            value={v.periodId}
            onChange={(e) => set('periodId', e.target.value)}
            options={(periods.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            placeholder="Choose a period"
            error={field('periodId')}
            required
          />
        </fieldset>
        <fieldset className="wizard-step">
          <legend>2. Who</legend>
          <SelectField
            label="Participants"
            value={v.participantScope}
            onChange={(e) => set('participantScope', e.target.value as Values['participantScope'])}
            options={[
              { value: 'LIST', label: 'Chosen people' },
              { value: 'TEAM', label: 'A team' },
              { value: 'EVERYONE', label: 'Everyone' },
            ]}
            required
          />
          {v.participantScope === 'TEAM' && (
            <SelectField
              label="Team"
              value={v.participantTeamId}
              onChange={(e) => set('participantTeamId', e.target.value)}
              options={(teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))}
              placeholder="Choose a team"
              error={field('participantTeamId')}
              required
            />
          )}
          {v.participantScope === 'LIST' && (
            <>
              <TextField
                label="Find participants"
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
                error={field('participantIds')}
                required
              />
              <div className="peer-picker" role="group" aria-label="Participants">
                {candidates.slice(0, 50).map((person) => (
                  <label key={person.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={v.participantIds.includes(person.id)}
                      onChange={(e) =>
                        set(
                          'participantIds',
                          e.target.checked
                            ? [...v.participantIds, person.id]
                            : v.participantIds.filter((id) => id !== person.id),
                        )
                      }
                    />
                    {person.name}
                  </label>
                ))}
              </div>
              <p className="muted small">{v.participantIds.length} chosen</p>
            </>
          )}
        </fieldset>
        <fieldset className="wizard-step">
          <legend>3. When</legend>
          <div className="grid-2">
            <TextField
              label="Self review due"
              type="date"
              value={v.selfReviewDue}
              onChange={(e) => set('selfReviewDue', e.target.value)}
              error={field('selfReviewDue')}
              required
            />
            {peer && (
              <TextField
                label="Peer nominations due"
                type="date"
                value={v.nominationsDue}
                onChange={(e) => set('nominationsDue', e.target.value)}
                error={field('nominationsDue')}
                required
              />
            )}
            {peer && (
              <TextField
                label="Peer answers due"
                type="date"
                value={v.peerAnswersDue}
                onChange={(e) => set('peerAnswersDue', e.target.value)}
                error={field('peerAnswersDue')}
                required
              />
            )}
            <TextField
              label="Manager review due"
              type="date"
              value={v.managerReviewDue}
              onChange={(e) => set('managerReviewDue', e.target.value)}
              error={field('managerReviewDue')}
              required
            />
            <TextField
              label="Sign-off due"
              type="date"
              value={v.signOffDue}
              onChange={(e) => set('signOffDue', e.target.value)}
              error={field('signOffDue')}
              required
            />
            {peer && (
              <TextField
                label="Fewest peers"
                type="number"
                min={0}
                value={v.minPeers}
                onChange={(e) => set('minPeers', e.target.value)}
                error={field('minPeers')}
                required
              />
            )}
            {peer && (
              <TextField
                label="Most peers"
                type="number"
                min={1}
                value={v.maxPeers}
                onChange={(e) => set('maxPeers', e.target.value)}
                error={field('maxPeers')}
                required
              />
            )}
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={v.calibration}
              onChange={(e) => set('calibration', e.target.checked)}
            />
            Calibrate ratings before sharing
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={v.skipLevelSignOff}
              onChange={(e) => set('skipLevelSignOff', e.target.checked)}
            />
            Skip-level sign-off after the reviewee
          </label>
          {peer && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={v.summaryAfterPeerDeadline}
                onChange={(e) => set('summaryAfterPeerDeadline', e.target.checked)}
              />
              Reviewees see their peer summary after the peer deadline (otherwise once their review
              is shared)
            </label>
          )}
        </fieldset>
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button busy={create.isPending} onClick={() => submit(false)}>
            Save draft
          </Button>
          <Button variant="primary" busy={create.isPending} onClick={() => submit(true)}>
            Create and launch
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
