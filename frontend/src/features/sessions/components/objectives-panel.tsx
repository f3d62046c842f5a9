import { Badge, Card } from '@/components/ui/card';
import type { LinkedObjective } from '@/features/sessions/api/get-session';

const HEALTH: Record<LinkedObjective['health'], string> = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
};

/** Objectives discussed, with their live progress and health (only those the viewer may see). */
export function ObjectivesPanel({ objectives }: { objectives: LinkedObjective[] }) {
  return (
    <Card title="Objectives discussed">
      {objectives.length === 0 ? (
        <p className="muted">No objectives linked.</p>
      ) : (
        <ul className="objective-list">
          {objectives.map((o) => (
            <li key={o.id}>
              <div className="objective-line">
                <span>{o.title}</span>
                <span className={`badge health-${o.health.toLowerCase()}`}>{HEALTH[o.health]}</span>
              </div>
              <div className="muted small">
                {o.owner.name} {o.status !== 'ACTIVE' && <Badge tone="muted">{o.status}</Badge>}
              </div>
              <div
                className="progress"
                role="progressbar"
                aria-label={`${o.title} progress`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Number(o.progress)}
              >
                <span style={{ width: `${Number(o.progress)}%` }} />
              </div>
              <span className="small">{Math.round(Number(o.progress))}%</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
