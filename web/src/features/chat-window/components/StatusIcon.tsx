import type { ReactNode } from 'react';
import { useI18n } from '@/i18n';
import type { MessageStatus } from '@/lib/api-types';

/** queued: clock · sent: ✓ · delivered: ✓✓ · read: blue ✓✓ · failed: red ! */
export function StatusIcon({ status }: { status: MessageStatus }) {
  const { t } = useI18n();
  const label = t(`message.status.${status}`);
  let glyph: ReactNode;
  switch (status) {
    case 'queued':
      glyph = (
        <>
          <circle cx="8" cy="8" r="5.2" />
          <path d="M8 5.2v3l1.8 1.2" />
        </>
      );
      break;
    case 'sent':
      glyph = <path d="m3.5 8.5 2.8 2.8 6-6.3" />;
      break;
    case 'delivered':
    case 'read':
      glyph = (
        <>
          <path d="m1.5 8.5 2.8 2.8 6-6.3" />
          <path d="m7.6 11.1.2.2 6-6.3" />
        </>
      );
      break;
    case 'failed':
      glyph = (
        <>
          <circle cx="8" cy="8" r="5.8" />
          <path d="M8 4.9v3.6M8 10.8v.3" />
        </>
      );
      break;
  }
  return (
    <span className={`sb-status sb-status--${status}`} title={label} data-testid="message-status">
      <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        {glyph}
      </svg>
      <span className="sb-visually-hidden">{label}</span>
    </span>
  );
}
