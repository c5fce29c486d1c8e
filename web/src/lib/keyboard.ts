/** Helpers for the keyboard shortcuts of the whole app (see the "?" help). */

/** A place where keys type text: shortcuts made of plain keys do not fire there. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Inside a popover or a dialog the keys belong to it. */
export function inOverlay(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.sb-popover, [role="dialog"]') !== null;
}

interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey?: boolean;
  target?: EventTarget | null;
  getModifierState(key: string): boolean;
}

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Alt + a letter, by its physical key (so it works on a Russian layout), but not AltGr
 * (Ctrl+Alt on Windows), Cmd, Shift or an Option dead key — and on a Mac, not while typing
 * when Option+letter types a character there (on a Polish layout Option+A is "ą").
 */
export function isAltLetter(event: KeyLike, letter: string, mac: boolean = MAC): boolean {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.key === 'Dead') return false;
  if (event.getModifierState('AltGraph')) return false;
  if (mac && isEditableTarget(event.target ?? null) && event.key.length === 1
      && event.key.toLowerCase() !== letter.toLowerCase()) return false;
  return event.code === `Key${letter.toUpperCase()}` || event.key.toLowerCase() === letter.toLowerCase();
}

/** Alt + ↑ or ↓ alone: -1 or 1; otherwise 0. */
export function altArrow(event: KeyLike): -1 | 0 | 1 {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return 0;
  if (event.key === 'ArrowDown') return 1;
  if (event.key === 'ArrowUp') return -1;
  return 0;
}
