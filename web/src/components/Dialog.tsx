import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '@/i18n';
import { CloseIcon } from './icons';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** The buttons at the bottom. */
  footer?: ReactNode;
  testId?: string;
  /** Room for a form (wider than a confirmation). */
  wide?: boolean;
}

/** A modal dialog: Esc or the cross closes it, focus goes in on open and back on close. */
export function Dialog({ title, onClose, children, footer, testId, wide }: DialogProps) {
  const { t } = useI18n();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus], input, select, textarea, .sb-dialog__footer button');
    (first ?? ref.current)?.focus();
    return () => previous?.focus?.();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  return createPortal(
    <div className="sb-dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        ref={ref}
        className={`sb-dialog${wide ? ' sb-dialog--wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        data-testid={testId ?? 'dialog'}
      >
        <header className="sb-dialog__header">
          <h2 id={titleId} className="sb-dialog__title">
            {title}
          </h2>
          <button type="button" className="sb-icon-btn" onClick={onClose} aria-label={t('common.close')}>
            <CloseIcon />
          </button>
        </header>
        <div className="sb-dialog__body">{children}</div>
        {footer && <footer className="sb-dialog__footer">{footer}</footer>}
      </div>
    </div>,
    document.body,
  );
}
