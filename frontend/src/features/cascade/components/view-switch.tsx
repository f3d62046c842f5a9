import type { CascadeViewMode } from '@/features/cascade/hooks/use-cascade-filters';
import styles from '@/features/cascade/components/cascade.module.css';

type Props = { view: CascadeViewMode; onChange: (view: CascadeViewMode) => void };

/** "Map" (the zoomable chart) or "List" (the indented, keyboard-friendly tree). */
export function ViewSwitch({ view, onChange }: Props) {
  return (
    <div className={styles.segmented} role="group" aria-label="View">
      {(['map', 'list'] as const).map((mode) => (
        <button
          key={mode}
          type="button"
          className={view === mode ? styles.isActive : undefined}
          aria-pressed={view === mode}
          onClick={() => onChange(mode)}
        >
          {mode === 'map' ? 'Map' : 'List'}
        </button>
      ))}
    </div>
  );
}
