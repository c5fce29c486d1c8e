import { useEffect, useRef, type RefObject } from 'react';
import { altArrow, inOverlay, isEditableTarget } from '@/lib/keyboard';

interface ListKeyboardHandlers {
  onMove: (delta: number) => void;
  onOpen: () => void;
  /** X (or Space on the list): select or unselect the row under the cursor. */
  onToggleSelect?: () => void;
  /** Esc: returns whether it did something (then nothing else reacts to this Esc). */
  onEscape?: () => boolean;
  /** Alt+↓ / Alt+↑, also while typing (e.g. in the composer of the open chat): open the next or previous chat. */
  onStep?: (delta: number) => void;
}

/**
 * j/k anywhere (outside text fields), ↑/↓, Enter and Space when the list itself or nothing in
 * particular has the focus (not a control inside a row), x to select, Esc to clear the selection,
 * Alt+↓/Alt+↑ anywhere but in a dialog or popover to open the next or previous chat.
 */
export function useListKeyboard(containerRef: RefObject<HTMLElement | null>, handlers: ListKeyboardHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const step = altArrow(event);
      if (step !== 0 && latest.current.onStep && !inOverlay(event.target)) {
        event.preventDefault();
        latest.current.onStep(step);
        return;
      }
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (isEditableTarget(event.target) || inOverlay(event.target)) return;
      const target = event.target as Node | null;
      const onList = target === containerRef.current;
      const onPage = target === document.body || target === document.documentElement || target === null;
      const key = event.key;
      if (key === 'j' || key === 'J' || key === 'о' || key === 'О') {
        event.preventDefault();
        latest.current.onMove(1);
      } else if (key === 'k' || key === 'K' || key === 'л' || key === 'Л') {
        event.preventDefault();
        latest.current.onMove(-1);
      } else if ((key === 'ArrowDown' || key === 'ArrowUp') && (onList || onPage)) {
        event.preventDefault();
        latest.current.onMove(key === 'ArrowDown' ? 1 : -1);
      } else if (key === 'Enter' && (onList || onPage)) {
        event.preventDefault();
        latest.current.onOpen();
      } else if ((key === 'x' || key === 'X' || key === 'ч' || key === 'Ч' || (key === ' ' && (onList || onPage))) && latest.current.onToggleSelect) {
        event.preventDefault();
        latest.current.onToggleSelect();
      } else if (key === 'Escape' && latest.current.onEscape?.()) {
        event.preventDefault();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [containerRef]);
}
