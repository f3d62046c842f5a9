import { useEffect } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { SelectField } from '@/components/ui/field';
import { useMe } from '@/features/feedback/api/get-me';
import {
  useCycleLinks,
  useObjectiveLinks,
  useSessionLinks,
  type LinkOption,
} from '@/features/feedback/api/get-link-options';
import type { GiveFeedbackValues } from '@/features/feedback/components/give-feedback-schema';

/**
 * Optional links of a piece of feedback once its recipient is chosen: one of the recipient's
 * objectives, a 1:1 between giver and recipient, a review cycle (praise links an objective only).
 * A picker with nothing to offer is left out.
 */
export function LinkFields({
  form,
  meId,
  praise,
}: {
  form: UseFormReturn<GiveFeedbackValues>;
  meId: string;
  praise: boolean;
}) {
  const { register, control, formState, setValue } = form;
  const recipientId = useWatch({ control, name: 'recipientId' });
  // An objective or 1:1 chosen for one recipient means nothing for the next.
  useEffect(() => {
    setValue('objectiveId', '');
    setValue('sessionId', '');
  }, [recipientId, setValue]);
  const me = useMe();
  const canListCycles = !!me.data && (me.data.roles.includes('ADMIN') || me.data.reportCount > 0);
  const objectives = useObjectiveLinks(recipientId);
  const sessions = useSessionLinks(meId, praise ? '' : recipientId);
  const cycles = useCycleLinks(canListCycles, !praise && !!me.data);
  if (!recipientId) return null;
  const errors = formState.errors;
  const picker = (
    name: 'objectiveId' | 'sessionId' | 'cycleId',
    label: string,
    options: LinkOption[] | undefined,
  ) =>
    options && options.length > 0 ? (
      <SelectField
        label={label}
        placeholder="None"
        options={options}
        error={errors[name]?.message}
        {...register(name)}
      />
    ) : null;
  return (
    <>
      {picker('objectiveId', 'About an objective', objectives.data)}
      {!praise && picker('sessionId', 'From a 1:1', sessions.data)}
      {!praise && picker('cycleId', 'For a review cycle', cycles.data)}
    </>
  );
}
