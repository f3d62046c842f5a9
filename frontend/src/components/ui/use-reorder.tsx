import { useId, useState, type DragEvent, type KeyboardEvent } from 'react';
import styles from '@/components/ui/reorder.module.css';

type Options = {
  /** How many items the list has. */
  count: number;
  /** Moves the item at `from` to `to`. */
  onMove: (from: number, to: number) => void;
  /** What one item is called in announcements, e.g. "question". */
  noun: string;
  /** Told to screen readers after each move ("Question moved to position 2 of 4."). */
  announce: (message: string) => void;
};

/**
 * Reordering a list by dragging a handle or, from the keyboard, by pressing the arrow keys (Home and
 * End for the ends) while the handle has focus. The handle keeps focus as its item moves. Items and
 * handles get their props from `itemProps(i)` and `handleProps(i, label)`.
 */
export function useReorder({ count, onMove, noun, announce }: Options) {
  const list = useId();
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= count || to === from) return;
    onMove(from, to);
    const name = noun.charAt(0).toUpperCase() + noun.slice(1);
    announce(`${name} moved to position ${to + 1} of ${count}.`);
    // Keyed items move in the DOM; put focus back on the handle that was used.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-reorder="${list}-${to}"]`)?.focus(),
    );
  };

  const handleProps = (index: number, label: string) => ({
    type: 'button' as const,
    className: styles.handle,
    draggable: true,
    'data-reorder': `${list}-${index}`,
    'aria-label': `Move ${label} (position ${index + 1} of ${count}): arrow keys`,
    title: 'Drag, or use the arrow keys, to move',
    onKeyDown: (event: KeyboardEvent) => {
      const to = {
        ArrowUp: index - 1,
        ArrowDown: index + 1,
        Home: 0,
        End: count - 1,
      }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      move(index, to);
    },
    onDragStart: (event: DragEvent<HTMLElement>) => {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', `${list}:${index}`);
      const item = event.currentTarget.closest<HTMLElement>('[data-reorder-item]');
      if (item) event.dataTransfer.setDragImage(item, 16, 16);
      setDragged(index);
    },
    onDragEnd: () => {
      setDragged(null);
      setOver(null);
    },
  });

  const itemProps = (index: number, className?: string) => ({
    'data-reorder-item': true,
    className:
      [
        className,
        dragged === index && styles.dragging,
        over === index && dragged !== index && styles.dropTarget,
      ]
        .filter(Boolean)
        .join(' ') || undefined,
    onDragOver: (event: DragEvent) => {
      if (dragged === null) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (over !== index) setOver(index);
    },
    onDrop: (event: DragEvent) => {
      if (dragged === null) return;
      event.preventDefault();
      event.stopPropagation();
      move(dragged, index);
      setDragged(null);
      setOver(null);
    },
  });

  return { handleProps, itemProps };
}
