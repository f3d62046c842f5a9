import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { renderWithProviders } from '@/testing/render';

function Draft() {
  const [text, setText] = useState('');
  return (
    <>
      <label htmlFor="draft">Draft</label>
      <input id="draft" value={text} onChange={(e) => setText(e.target.value)} />
      <UnsavedChangesGuard when={text !== ''} />
    </>
  );
}

describe('unsaved changes guard', () => {
  it('lets you leave a clean form without asking', async () => {
    const { router } = renderWithProviders(<Draft />, '/form');
    await act(() => router.navigate('/elsewhere'));
    expect(router.state.location.pathname).toBe('/elsewhere');
  });

  it('asks before leaving typed text, and stays or leaves as chosen', async () => {
    const { router } = renderWithProviders(<Draft />, '/form');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Draft'), 'half a thought');

    await act(() => router.navigate('/elsewhere'));
    expect(screen.getByRole('dialog', { name: 'Leave without saving?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe('/form');
    expect(screen.getByLabelText('Draft')).toHaveValue('half a thought');

    await act(() => router.navigate('/elsewhere'));
    await user.click(screen.getByRole('button', { name: 'Leave and discard' }));
    expect(router.state.location.pathname).toBe('/elsewhere');
  });

  it('makes closing the tab ask while something is unsaved', async () => {
    renderWithProviders(<Draft />, '/form');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Draft'), 'x');
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });
});
