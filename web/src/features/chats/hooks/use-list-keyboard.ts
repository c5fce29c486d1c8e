import { useEffect, useRef, type RefObject } from 'react';

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * j/k anywhere (outside text fields), ↑/↓ and Enter when the list or nothing in
 * particular has the focus.
 */
export function useListKeyboard(
  containerRef: RefObject<HTMLElement | null>,
  handlers: { onMove: (delta: number) => void; onOpen: () => void },
) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isEditableTarget(event.target)) return;
      const target = event.target as Node | null;
      const inList = Boolean(target && containerRef.current?.contains(target));
      const onPage = target === document.body || target === document.documentElement || target === null;
      const key = event.key;
      if (key === 'j' || key === 'J' || key === 'о' || key === 'О') {
        event.preventDefault();
        latest.current.onMove(1);
      } else if (key === 'k' || key === 'K' || key === 'л' || key === 'Л') {
        event.preventDefault();
        latest.current.onMove(-1);
      } else if ((key === 'ArrowDown' || key === 'ArrowUp') && (inList || onPage)) {
        event.preventDefault();
        latest.current.onMove(key === 'ArrowDown' ? 1 : -1);
      } else if (key === 'Enter' && (inList || onPage)) {
        event.preventDefault();
        latest.current.onOpen();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [containerRef]);
}
