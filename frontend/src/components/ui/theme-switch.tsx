import { useId } from 'react';
import { setThemePreference, useThemePreference, type ThemePreference } from '@/lib/theme';
import styles from './theme-switch.module.css';

const CHOICES: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** System / Light / Dark, as radio buttons (arrow keys move between them); remembered per browser. */
export function ThemeSwitch() {
  const preference = useThemePreference();
  const name = useId();
  return (
    <fieldset className={styles.switch}>
      <legend className={styles.legend}>Theme</legend>
      <div className={styles.choices}>
        {CHOICES.map((choice) => (
          <label key={choice.value} className={styles.choice}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={preference === choice.value}
              onChange={() => setThemePreference(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
