import { useEffect, useRef, type RefObject } from 'react';

interface Handle {
  focus: () => void;
  hasText: () => boolean;
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Esc closes the chat; C (or С on a Russian layout) focuses the composer. */
export function useWindowKeyboard({ onClose, composerRef }: { onClose: () => void; composerRef: RefObject<Handle | null> }) {
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Escape') {
        if (isEditable(event.target) && composerRef.current?.hasText()) return;
        event.preventDefault();
        close.current();
      } else if ((event.key === 'c' || event.key === 'C' || event.key === 'с' || event.key === 'С') && !isEditable(event.target)) {
        event.preventDefault();
        composerRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [composerRef]);
}
