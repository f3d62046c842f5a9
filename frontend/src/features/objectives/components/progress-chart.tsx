import { useId } from 'react';
import type { ProgressPoint } from '@/features/objectives/api/get-progress-series';
import { describeSeries } from '@/features/objectives/utils/describe-series';
import { formatPercent, HEALTH_LABELS } from '@/features/objectives/utils/format';
import { formatDate } from '@/lib/format-date';
import styles from '@/features/objectives/components/progress-chart.module.css';

const WIDTH = 560;
const HEIGHT = 180;
const PAD = { top: 12, right: 12, bottom: 24, left: 36 };
const DOT_TONES: Record<ProgressPoint['health'], string> = {
  ON_TRACK: '',
  AT_RISK: styles.atRisk,
  OFF_TRACK: styles.offTrack,
};

/** A small line chart of progress over time, with a text summary and the data as a table. */
export function ProgressChart({ points }: { points: ProgressPoint[] }) {
  const titleId = useId();
  const descId = useId();
  if (points.length === 0) return <p className="muted">No progress recorded yet.</p>;

  const times = points.map((p) => Date.parse(p.at));
  const t0 = Math.min(...times);
  const span = Math.max(Math.max(...times) - t0, 1);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (t: number) =>
    PAD.left + (points.length === 1 ? innerW / 2 : ((t - t0) / span) * innerW);
  const y = (progress: number) =>
    PAD.top + innerH - (Math.min(100, Math.max(0, progress)) / 100) * innerH;
  const line = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(times[i]).toFixed(1)},${y(p.progress).toFixed(1)}`)
    .join(' ');

  return (
    <figure className={styles.chart}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className={styles.svg}
      >
        <title id={titleId}>Progress over time</title>
        <desc id={descId}>{describeSeries(points)}</desc>
        {[0, 50, 100].map((tick) => (
          <g key={tick} aria-hidden="true">
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              className={styles.grid}
            />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className={styles.label}>
              {tick}%
            </text>
          </g>
        ))}
        <text x={PAD.left} y={HEIGHT - 6} className={styles.label} aria-hidden="true">
          {formatDate(points[0].at)}
        </text>
        <text
          x={WIDTH - PAD.right}
          y={HEIGHT - 6}
          textAnchor="end"
          className={styles.label}
          aria-hidden="true"
        >
          {formatDate(points[points.length - 1].at)}
        </text>
        <path d={line} className={styles.line} aria-hidden="true" />
        {points.map((p, i) => (
          <circle
            key={p.at}
            cx={x(times[i])}
            cy={y(p.progress)}
            r={3.5}
            className={`${styles.dot} ${DOT_TONES[p.health]}`}
            aria-hidden="true"
          />
        ))}
      </svg>
      <details className={styles.data}>
        <summary>Show the data as a table</summary>
        <table className="table">
          <caption className="visually-hidden">Progress over time</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Progress</th>
              <th scope="col">Health</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.at}>
                <td>{formatDate(p.at)}</td>
                <td>{formatPercent(p.progress)}</td>
                <td>{HEALTH_LABELS[p.health]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
