import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { Report } from '@/features/reports/api/get-report';
import { useTheme } from '@/lib/theme';
import styles from './reports.module.css';

echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  CanvasRenderer,
]);

// Series colours from Cairn's palette, each at least 3:1 against the surface of its theme (ECharts'
// own dark palette has a slate blue that all but vanishes on a dark card).
const PALETTE = {
  light: ['#2f5d50', '#1f4f8f', '#9a3412', '#8a5a00', '#6b3fa0', '#0f766e', '#b3261e', '#4b5563'],
  dark: ['#86cbb5', '#9fc3f4', '#ffb38a', '#f2c265', '#c9a8f0', '#5fd4c4', '#ff9d94', '#c2c9c6'],
};
// Health series keep the health colours of the rest of the app (the --color-on-track… tokens).
const HEALTH_COLOURS: Record<'light' | 'dark', Record<string, string>> = {
  light: { 'On track': '#1e6b3a', 'At risk': '#8a5a00', 'Off track': '#a3241c' },
  dark: { 'On track': '#86d9a2', 'At risk': '#f2c265', 'Off track': '#ff9d94' },
};

/** The report's chart drawn by Apache ECharts; loaded on demand so the main bundle stays small. */
export default function EChartsChart({ chart }: { chart: Report['chart'] }) {
  const element = useRef<HTMLDivElement>(null);
  // The canvas cannot read CSS tokens: it is drawn again in ECharts' own dark theme when the page is dark.
  const theme = useTheme();

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, theme === 'dark' ? 'dark' : undefined, {
      renderer: 'canvas',
    });
    const stacked = chart.kind === 'stacked-bar';
    instance.setOption({
      animation: false,
      backgroundColor: 'transparent',
      color: PALETTE[theme],
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 48, right: 16, top: 24, bottom: 56, containLabel: true },
      xAxis: {
        type: 'category',
        data: chart.x,
        name: chart.xLabel,
        nameLocation: 'middle',
        nameGap: 28,
      },
      yAxis: { type: 'value', name: chart.yLabel, nameTextStyle: { align: 'left' } },
      series: chart.series.map((series) => ({
        name: series.name,
        type: chart.kind === 'line' ? 'line' : 'bar',
        stack: stacked ? 'total' : undefined,
        connectNulls: true,
        data: series.data,
        color: HEALTH_COLOURS[theme][series.name],
      })),
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
    };
  }, [chart, theme]);

  return <div ref={element} className={styles.chart} aria-hidden="true" />;
}
