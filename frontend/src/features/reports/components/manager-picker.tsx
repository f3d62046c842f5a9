import { useState } from 'react';
import type { ManagerOption } from '@/features/reports/api/get-report-filters';
import { managerLabel } from './report-text';
import styles from './reports.module.css';

/**
 * A searchable manager picker: type part of a name and pick from the suggestions (a native datalist,
 * so it works with the keyboard and screen readers). Only managers within the caller's scope are
 * offered; an empty field means "everyone". Remount it (key) when the chosen manager changes.
 */
export function ManagerPicker({
  id,
  managers,
  value,
  onChange,
}: {
  id: string;
  managers: ManagerOption[];
  value: string | undefined;
  onChange: (managerId: string | undefined) => void;
}) {
  const selected = managers.find((m) => m.id === value);
  const [text, setText] = useState(selected ? managerLabel(selected) : '');

  const pick = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      if (value) onChange(undefined);
      return;
    }
    const match = managers.find((m) => managerLabel(m) === next || m.name === next);
    if (match && match.id !== value) onChange(match.id);
  };

  return (
    <div className={styles.field}>
      <label htmlFor={id}>Manager</label>
      <input
        className="input"
        id={id}
        type="search"
        list={`${id}-options`}
        placeholder="Everyone — type a name"
        autoComplete="off"
        value={text}
        onChange={(e) => pick(e.target.value)}
        aria-describedby={`${id}-hint`}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        Shows that manager and everyone below them. {managers.length} managers to choose from.
      </span>
      <datalist id={`${id}-options`}>
        {managers.map((m) => (
          <option key={m.id} value={managerLabel(m)}>
            {`${m.reports} direct reports`}
          </option>
        ))}
      </datalist>
    </div>
  );
}
