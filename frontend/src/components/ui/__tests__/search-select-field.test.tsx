import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SearchSelectField } from '@/components/ui/search-select-field';

const PEOPLE = [
  { value: 'erin', label: 'Erin Walsh (your report)' },
  { value: 'sam', label: 'Sam Taylor', detail: 'Chief Executive' },
  { value: 'luis', label: 'Luis Garcia', detail: 'Software Engineer' },
];

function Picker() {
  const [value, setValue] = useState('');
  return (
    <>
      <SearchSelectField label="With" required options={PEOPLE} value={value} onChange={setValue} />
      <p>Chosen: {value || 'nobody'}</p>
    </>
  );
}

describe('SearchSelectField (the shared combobox)', () => {
  it('lists every choice in order on focus and narrows them by name or detail as one types', async () => {
    const user = userEvent.setup();
    render(<Picker />);
    const box = screen.getByRole('combobox', { name: 'With' });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.click(box);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Erin Walsh (your report)',
      'Sam TaylorChief Executive',
      'Luis GarciaSoftware Engineer',
    ]);
    await user.keyboard('chief');
    expect(screen.getAllByRole('option')).toHaveLength(1);
    await user.keyboard('{Enter}');
    expect(screen.getByText('Chosen: sam')).toBeInTheDocument();
    expect(box).toHaveValue('Sam Taylor');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves with the arrow keys, announcing the active option, and closes on Escape', async () => {
    const user = userEvent.setup();
    render(<Picker />);
    const box = screen.getByRole('combobox', { name: 'With' });
    await user.click(box);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = screen.getByRole('option', { name: /Luis Garcia/ });
    expect(active).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', active.id);
    await user.keyboard('{ArrowUp}{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByText('Chosen: nobody')).toBeInTheDocument();
    await user.keyboard('{ArrowDown}{End}{Enter}');
    expect(screen.getByText('Chosen: luis')).toBeInTheDocument();
  });

  it('says when nothing matches, and a click picks', async () => {
    const user = userEvent.setup();
    render(<Picker />);
    await user.type(screen.getByRole('combobox', { name: 'With' }), 'zz');
    expect(screen.getByText('Nothing matches.')).toBeInTheDocument();
    await user.clear(screen.getByRole('combobox', { name: 'With' }));
    await user.click(screen.getByRole('option', { name: /Erin Walsh/ }));
    expect(screen.getByText('Chosen: erin')).toBeInTheDocument();
  });
});
