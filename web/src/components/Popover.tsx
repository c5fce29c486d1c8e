import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface PopoverProps {
  /** The control it opens from; focus returns there when it closes. */
  anchor: HTMLElement | null;
  onClose: () => void;
  children: ReactNode;
  /** Which edge of the anchor it lines up with. */
  align?: 'start' | 'end';
  role?: 'dialog' | 'menu' | 'listbox';
  label?: string;
  className?: string;
  testId?: string;
}

const GAP = 4;
/** What gets the focus when it opens, in this order of preference. */
const FOCUS_ORDER = ['[data-autofocus]', '[role="option"][aria-selected="true"]', 'input, [role="option"], [role="menuitem"], button, select'];
const MARGIN = 8;

/**
 * A floating panel under a control, rendered at the end of the body so table cells do not
 * clip it. Closes on Esc (handled here, so nothing behind it reacts), on a click outside and
 * when the page scrolls under it. Clicks inside do not reach the row it was opened from.
 */
export function Popover({ anchor, onClose, children, align = 'start', role = 'dialog', label, className, testId }: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });

  useLayoutEffect(() => {
    const panel = ref.current;
    if (!anchor || !panel) return;
    const a = anchor.getBoundingClientRect();
    const width = panel.offsetWidth;
    const height = panel.offsetHeight;
    const viewportW = window.innerWidth;
    const viewportH = window.innerHeight;
    let left = align === 'end' ? a.right - width : a.left;
    left = Math.max(MARGIN, Math.min(left, viewportW - width - MARGIN));
    let top = a.bottom + GAP;
    if (top + height > viewportH - MARGIN && a.top - GAP - height >= MARGIN) top = a.top - GAP - height;
    setPosition({ top, left });
  }, [anchor, align]);

  // Focus the first control inside (or the panel) once it is placed.
  const placed = position !== null;
  useEffect(() => {
    if (!placed) return;
    const panel = ref.current;
    let first: HTMLElement | null | undefined = null;
    for (const selector of FOCUS_ORDER) {
      first = panel?.querySelector<HTMLElement>(selector);
      if (first) break;
    }
    (first ?? panel)?.focus();
  }, [placed]);

  useEffect(() => {
    const onDown = (event: MouseEvent) => {
      const target = event.target as Node;
      if (ref.current?.contains(target) || anchor?.contains(target)) return;
      latestClose.current();
    };
    const onScroll = (event: Event) => {
      if (event.target instanceof Node && ref.current?.contains(event.target)) return;
      latestClose.current();
    };
    const onResize = () => latestClose.current();
    document.addEventListener('mousedown', onDown);
    document.addEventListener('scroll', onScroll, true);
    window.addEventListener('resize', onResize);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', onResize);
    };
  }, [anchor]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      latestClose.current();
      anchor?.focus();
    },
    [anchor],
  );

  return createPortal(
    <div
      ref={ref}
      className={`sb-popover${className ? ` ${className}` : ''}`}
      role={role}
      aria-label={label}
      tabIndex={-1}
      style={position ? { top: position.top, left: position.left } : { top: 0, left: 0, visibility: 'hidden' }}
      onKeyDown={onKeyDown}
      onClick={(event) => event.stopPropagation()}
      data-testid={testId}
    >
      {children}
    </div>,
    document.body,
  );
}

/** Open state and anchor of a popover opened by a button. */
export function usePopover<T extends HTMLElement = HTMLButtonElement>() {
  const [anchor, setAnchor] = useState<T | null>(null);
  const close = useCallback(() => setAnchor(null), []);
  const toggle = useCallback((event: { currentTarget: T }) => {
    const target = event.currentTarget;
    setAnchor((current) => (current ? null : target));
  }, []);
  return { anchor, open: anchor !== null, close, toggle };
}
