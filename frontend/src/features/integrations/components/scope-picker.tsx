import {
  SCOPE_AREAS,
  allows,
  type Access,
  type ScopeChoice,
} from '@/features/integrations/components/scope-areas';
import styles from '@/features/integrations/components/integrations.module.css';

type Props = {
  value: ScopeChoice;
  onChange: (value: ScopeChoice) => void;
  /** The most the token may have (a service account's scopes); other choices are disabled. */
  ceiling?: ScopeChoice;
  error?: string;
};

const ACCESS: { value: Access; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'read', label: 'Read' },
  { value: 'write', label: 'Read & write' },
];

/** One row per area with None / Read / Read & write: the scopes as a person thinks of them. */
export function ScopePicker({ value, onChange, ceiling, error }: Props) {
  return (
    <fieldset className={styles.scopes} aria-describedby={error ? 'scopes-error' : undefined}>
      <legend className="field-label">Scopes</legend>
      <p className="field-hint">
        A token can never do more than you can; scopes narrow it further. Write includes read.
      </p>
      <div className={styles.scopeRows}>
        {SCOPE_AREAS.map((area) => (
          <div key={area.key} className={styles.scopeRow} role="radiogroup" aria-label={area.label}>
            <div className={styles.scopeArea}>
              <strong>{area.label}</strong>
              <span className="muted">{area.hint}</span>
            </div>
            <div className={styles.scopeChoices}>
              {ACCESS.map((access) => (
                <label key={access.value} className={styles.scopeChoice}>
                  <input
                    type="radio"
                    name={`scope-${area.key}`}
                    value={access.value}
                    checked={(value[area.key] ?? 'none') === access.value}
                    disabled={!allows(ceiling, area.key, access.value)}
                    onChange={() => onChange({ ...value, [area.key]: access.value })}
                  />
                  {access.label}
                </label>
              ))}
            </div>
          </div>
        ))}
      </div>
      {error && (
        <p id="scopes-error" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
