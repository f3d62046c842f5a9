import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { useActorOptions } from '@/features/integrations/api/audit-events';
import {
  filterSchema,
  NO_FILTERS,
  type AuditFilterValues,
} from '@/features/integrations/components/audit-query';
import styles from '@/features/integrations/components/integrations.module.css';
import { useForm } from '@/lib/use-form';

const RESOURCE_TYPES = [
  'people',
  'teams',
  'periods',
  'organizations',
  'objectives',
  'key-results',
  'sessions',
  'review-templates',
  'review-cycles',
  'reviews',
  'feedback',
  'praise',
  'api-tokens',
  'service-accounts',
  'session-settings',
  'feedback-settings',
].map((type) => ({ value: type, label: type }));

type Props = {
  value: AuditFilterValues;
  /** The filtered actor when the people list may lack it (a service account). */
  actor?: { value: string; label: string };
  onApply: (filters: AuditFilterValues) => void;
};

/** Filters, applied on submit; the page re-mounts it (key) when it sets filters itself. */
export function AuditFilters({ value, actor, onApply }: Props) {
  const actors = useActorOptions();
  const form = useForm<AuditFilterValues, AuditFilterValues>(filterSchema, value);
  const { values, setField, errors } = form;
  const actorOptions = actors.data ?? [];
  if (actor && !actorOptions.some((option) => option.value === actor.value))
    actorOptions.push(actor);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = form.validate();
    if (parsed) onApply(parsed);
  };

  return (
    <form className={styles.filters} onSubmit={onSubmit} noValidate aria-label="Audit log filters">
      <SelectField
        label="Actor"
        placeholder="Anyone"
        options={actorOptions}
        value={values.actorId}
        onChange={(e) => setField('actorId', e.target.value)}
      />
      <SelectField
        label="Resource type"
        placeholder="Any"
        options={RESOURCE_TYPES}
        value={values.resourceType}
        onChange={(e) => setField('resourceType', e.target.value)}
      />
      <TextField
        label="Action starts with"
        placeholder="e.g. person. or team.updated"
        value={values.action}
        onChange={(e) => setField('action', e.target.value)}
        error={errors.fieldErrors.action}
      />
      <TextField
        label="From"
        type="date"
        value={values.from}
        onChange={(e) => setField('from', e.target.value)}
      />
      <TextField
        label="To (inclusive)"
        type="date"
        value={values.to}
        onChange={(e) => setField('to', e.target.value)}
        error={errors.fieldErrors.to}
      />
      <div className="button-row">
        <Button type="submit" variant="primary">
          Apply
        </Button>
        <Button onClick={() => onApply(NO_FILTERS)}>Clear</Button>
      </div>
    </form>
  );
}
