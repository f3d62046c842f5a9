import { useId } from 'react';
import type { Option } from '@/components/ui/field';
import {
  usePeriodOptions,
  usePersonOptions,
  useTeamOptions,
} from '@/features/cascade/api/get-cascade-filters';
import type { CascadeFilters } from '@/features/cascade/hooks/use-cascade-filters';
import styles from '@/features/cascade/components/cascade.module.css';

type Props = {
  periodId: string;
  filters: CascadeFilters;
  onChange: (name: 'period' | 'team' | 'person', value: string | undefined) => void;
};

type FilterProps = {
  label: string;
  value: string;
  options: Option[];
  /** Label of the empty "no filter" option. */
  all?: string;
  onChange: (value: string | undefined) => void;
};

function FilterSelect({ label, value, options, all, onChange }: FilterProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select
        id={id}
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        {all !== undefined && <option value="">{all}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Period, team and person filters; the API adds each match's path up and subtree down. */
export function CascadeFiltersBar({ periodId, filters, onChange }: Props) {
  const periods = usePeriodOptions();
  const teams = useTeamOptions();
  const people = usePersonOptions();
  return (
    <div className={styles.cascadeFilters}>
      <FilterSelect
        label="Period"
        value={periodId}
        options={(periods.data?.items ?? []).map((period) => ({
          value: period.id,
          label: period.current ? `${period.name} (current)` : period.name,
        }))}
        onChange={(value) => onChange('period', value)}
      />
      <FilterSelect
        label="Team"
        value={filters.teamId ?? ''}
        all="All teams"
        options={(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }))}
        onChange={(value) => onChange('team', value)}
      />
      <FilterSelect
        label="Person"
        value={filters.personId ?? ''}
        all="Everyone"
        options={(people.data?.items ?? []).map((person) => ({
          value: person.id,
          label: person.name,
        }))}
        onChange={(value) => onChange('person', value)}
      />
    </div>
  );
}
