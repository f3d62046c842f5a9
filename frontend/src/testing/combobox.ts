import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Picks an option of a combobox as a person would: click into it, type, click the match. */
export async function pickOption(
  user: UserEvent,
  label: RegExp | string,
  option: RegExp | string,
  typed?: string,
) {
  const box = screen.getByRole('combobox', { name: label });
  await user.click(box);
  if (typed) await user.keyboard(typed);
  await user.click(await screen.findByRole('option', { name: option }));
}
