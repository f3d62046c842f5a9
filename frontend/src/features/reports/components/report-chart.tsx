import { lazy, Suspense } from 'react';
import { EmptyState, LoadingState } from '@/components/ui/states';
import type { Report } from '@/features/reports/api/get-report';

const EChartsChart = lazy(() => import('./echarts-chart'));

/** The chart, or a note when there is nothing to draw; the table below is its accessible alternative. */
export function ReportChart({ chart, title }: { chart: Report['chart']; title: string }) {
  if (chart.x.length === 0 || chart.series.length === 0) {
    return <EmptyState title="Nothing to chart for these filters" />;
  }
  return (
    <figure aria-label={`${title}: chart (the table below has the same figures)`}>
      <Suspense fallback={<LoadingState label="Drawing the chart…" />}>
        <EChartsChart chart={chart} />
      </Suspense>
    </figure>
  );
}
