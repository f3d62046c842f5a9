import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThemeSwitch } from '@/components/ui/theme-switch';
import { useTheme } from '@/lib/theme';

function ThemeShown() {
  return <p>Showing {useTheme()}</p>;
}

function stubSystem(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: dark && query === '(prefers-color-scheme: dark)',
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

describe('ThemeSwitch', () => {
  beforeEach(() => delete document.documentElement.dataset.theme);
  afterEach(() => delete document.documentElement.dataset.theme);

  it('follows the system setting until a theme is chosen', () => {
    stubSystem(true);
    render(
      <>
        <ThemeSwitch />
        <ThemeShown />
      </>,
    );
    expect(screen.getByRole('radio', { name: 'System' })).toBeChecked();
    expect(screen.getByText('Showing dark')).toBeInTheDocument();
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('pins the chosen theme on <html>, remembers it on this browser, and can go back to System', async () => {
    stubSystem(true);
    const user = userEvent.setup();
    render(
      <>
        <ThemeSwitch />
        <ThemeShown />
      </>,
    );
    await user.click(screen.getByRole('radio', { name: 'Light' }));
    expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked();
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(localStorage.getItem('cairn.theme')).toBe('light');
    expect(screen.getByText('Showing light')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'System' }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(localStorage.getItem('cairn.theme')).toBeNull();
    expect(screen.getByText('Showing dark')).toBeInTheDocument();
  });

  it('starts from the choice stored on this browser', () => {
    stubSystem(false);
    localStorage.setItem('cairn.theme', 'dark');
    render(<ThemeSwitch />);
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
  });
});
