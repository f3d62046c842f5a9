import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setThemePreference } from '@/lib/theme';

const setOption = vi.fn();
vi.mock('echarts/core', () => ({
  use: vi.fn(),
  init: vi.fn(() => ({ setOption, resize: vi.fn(), dispose: vi.fn() })),
}));

const { default: EChartsChart } = await import('@/features/reports/components/echarts-chart');

const chart = {
  kind: 'line',
  x: ['2026-11-02', '2026-11-09'],
  xLabel: 'Week',
  yLabel: 'Average progress (%)',
  series: [{ name: 'Platform', data: [10, 20] }],
} as Parameters<typeof EChartsChart>[0]['chart'];

describe('report chart colours', () => {
  beforeEach(() => {
    setOption.mockClear();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
  });

  it('draws the series in colours made for the dark theme when the page is dark', () => {
    setThemePreference('dark');
    render(<EChartsChart chart={chart} />).unmount();
    const dark = setOption.mock.calls.at(-1)?.[0].color as string[];

    setThemePreference('light');
    render(<EChartsChart chart={chart} />).unmount();
    const light = setOption.mock.calls.at(-1)?.[0].color as string[];

    expect(dark[0]).toBe('#86cbb5');
    expect(light[0]).toBe('#2f5d50');
    expect(dark).not.toEqual(light);
    setThemePreference('system');
  });

  it('draws health series in the health colours', () => {
    setThemePreference('light');
    const health = { ...chart, kind: 'stacked-bar', series: [{ name: 'At risk', data: [1, 2] }] };
    render(<EChartsChart chart={health as typeof chart} />).unmount();
    expect(setOption.mock.calls.at(-1)?.[0].series[0].color).toBe('#8a5a00');
    setThemePreference('system');
  });
});
