import type { CascadeViewMode } from '@/features/cascade/hooks/use-cascade-filters';

type Props = { view: CascadeViewMode; onChange: (view: CascadeViewMode) => void };

/** "Map" (the zoomable chart) or "List" (the indented, keyboard-friendly tree). */
export function ViewSwitch({ view, onChange }: Props) {
  return (
    <div className="segmented" role="group" aria-label="View">
      {(['map', 'list'] as const).map((mode) => (
        <button
          key={mode}
          type="button"
          className={view === mode ? 'is-active' : undefined}
          aria-pressed={view === mode}
          onClick={() => onChange(mode)}
        >
          {mode === 'map' ? 'Map' : 'List'}
        </button>
      ))}
    </div>
  );
}
