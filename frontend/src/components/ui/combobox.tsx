import { useState, type KeyboardEvent, type ReactNode } from 'react';
import styles from '@/components/ui/combobox.module.css';

export type ComboboxProps<T> = {
  /** The input's id: the field's <label htmlFor> points at it. */
  id: string;
  /** What the list holds, for screen readers ("Matching people"). */
  listLabel: string;
  /** The options matching what is typed, in the order to show. */
  options: T[];
  optionKey: (option: T) => string;
  renderOption: (option: T) => ReactNode;
  onSelect: (option: T) => void;
  text: string;
  onTextChange: (text: string) => void;
  /** Loading or failed options show a note instead of the list. */
  status?: 'pending' | 'error' | 'success';
  emptyText: string;
  placeholder?: string;
  autoFocus?: boolean;
  /** The list opened (focus, click, typing or Down): time to load options. */
  onOpen?: () => void;
  /** The list closed without a choice (Escape, or focus left). */
  onDismiss?: () => void;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
};

/**
 * The one search-as-you-type picker (WAI-ARIA combobox with a listbox popup): typing filters,
 * Down/Up move (Down opens), Home/End jump, Enter picks, Escape closes. Focus stays in the input;
 * the active option is announced through aria-activedescendant.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { id, options, text, status = 'success' } = props;
  const [open, setOpen] = useState(Boolean(props.autoFocus));
  const [active, setActive] = useState(0);
  const listId = `${id}-list`;
  const activeIndex = Math.min(active, Math.max(options.length - 1, 0));
  const selectable = open && status === 'success' && options.length > 0;

  const pick = (option: T | undefined) => {
    if (!option) return;
    setOpen(false);
    props.onSelect(option);
  };
  const show = () => {
    setOpen(true);
    props.onOpen?.();
  };
  const dismiss = () => {
    setOpen(false);
    props.onDismiss?.();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = Math.max(options.length - 1, 0);
    const moves: Record<string, () => number> = {
      ArrowDown: () => (open ? Math.min(activeIndex + 1, last) : activeIndex),
      ArrowUp: () => Math.max(activeIndex - 1, 0),
      Home: () => 0,
      End: () => last,
    };
    if (event.key in moves && (open || event.key === 'ArrowDown')) {
      event.preventDefault();
      setActive(moves[event.key]());
      show();
    } else if (event.key === 'Enter' && selectable) {
      event.preventDefault();
      pick(options[activeIndex]);
    } else if (event.key === 'Escape' && open) {
      // Closes the list, not the dialog around it.
      event.stopPropagation();
      dismiss();
    }
  };

  return (
    <div className={styles.combobox}>
      <input
        id={id}
        className="input"
        role="combobox"
        type="search"
        autoComplete="off"
        autoFocus={props.autoFocus}
        placeholder={props.placeholder}
        required={props.required}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={selectable ? `${listId}-${activeIndex}` : undefined}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid ? true : undefined}
        value={text}
        onChange={(event) => {
          props.onTextChange(event.target.value);
          setActive(0);
          show();
        }}
        // Typing replaces what is shown (a chosen person's name), as in a select.
        onFocus={(event) => {
          event.currentTarget.select();
          show();
        }}
        onClick={(event) => {
          if (!open) event.currentTarget.select();
          show();
        }}
        onBlur={dismiss}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul id={listId} role="listbox" className={styles.list} aria-label={props.listLabel}>
          {status === 'pending' ? (
            <li className={styles.note}>Searching…</li>
          ) : status === 'error' ? (
            <li className={styles.note}>Search failed. Type again to retry.</li>
          ) : options.length === 0 ? (
            <li className={styles.note}>{props.emptyText}</li>
          ) : (
            options.map((option, index) => (
              <li
                key={props.optionKey(option)}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                className={styles.option}
                // mousedown, not click: it comes before the input's blur closes the list.
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(option);
                }}
              >
                {props.renderOption(option)}
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
