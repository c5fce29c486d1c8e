import { useEffect, useRef, type RefObject } from 'react';
import { inOverlay, isAltLetter, isEditableTarget } from '@/lib/keyboard';

interface Handle {
  focus: () => void;
  hasText: () => boolean;
}

interface WindowKeyboard {
  onClose: () => void;
  composerRef: RefObject<Handle | null>;
  /** Alt+A: set while the chat can be accepted. */
  onAccept?: () => void;
  /** Alt+E: set while the chat can be archived. */
  onArchive?: () => void;
}

function isComposerKey(event: KeyboardEvent): boolean {
  const { key } = event;
  return key === 'c' || key === 'C' || key === 'с' || key === 'С' || key === '/' || (event.code === 'Slash' && !event.shiftKey);
}

/**
 * Esc closes the chat (from a field of the side panel it first leaves the field); C, "/" or Alt+C focus the composer; Alt+A accepts, Alt+E archives
 * (the Alt ones also while typing). Inside a dialog or a popover the keys belong to it.
 */
export function useWindowKeyboard({ onClose, composerRef, onAccept, onArchive }: WindowKeyboard) {
  const latest = useRef({ onClose, onAccept, onArchive });
  useEffect(() => {
    latest.current = { onClose, onAccept, onArchive };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || inOverlay(event.target)) return;
      const { onAccept: accept, onArchive: archive } = latest.current;
      if (isAltLetter(event, 'a') && accept) {
        event.preventDefault();
        accept();
        return;
      }
      if (isAltLetter(event, 'e') && archive) {
        event.preventDefault();
        archive();
        return;
      }
      if (isAltLetter(event, 'c')) {
        event.preventDefault();
        composerRef.current?.focus();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Escape') {
        const target = event.target;
        if (isEditableTarget(target) && target instanceof HTMLElement && !target.classList.contains('sb-composer__input')) {
          // A field of the side panel: Esc leaves the field, a second Esc closes the chat.
          event.preventDefault();
          target.blur();
          return;
        }
        if (isEditableTarget(target) && composerRef.current?.hasText()) return;
        event.preventDefault();
        latest.current.onClose();
      } else if (isComposerKey(event) && !isEditableTarget(event.target)) {
        event.preventDefault();
        composerRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [composerRef]);
}
