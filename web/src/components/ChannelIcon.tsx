import type { ReactNode } from 'react';
import type { ChannelType } from '@/lib/api-types';

const paths: Record<ChannelType, { bg: string; glyph: ReactNode }> = {
  telegram: {
    bg: '#229ED9',
    glyph: <path d="M5.2 11.6 17.6 6.8c.6-.2 1.1.1.9 1l-2.1 9.9c-.2.7-.6.9-1.2.5l-3.2-2.4-1.6 1.5c-.2.2-.3.3-.7.3l.2-3.3 6-5.4c.3-.2-.1-.4-.4-.2l-7.4 4.7-3.2-1c-.7-.2-.7-.7.1-1z" fill="#fff" />,
  },
  whatsapp: {
    bg: '#25D366',
    glyph: (
      <>
        <path d="M12 5.2a6.8 6.8 0 0 0-5.9 10.2l-.9 3.4 3.5-.9A6.8 6.8 0 1 0 12 5.2z" fill="none" stroke="#fff" strokeWidth="1.5" />
        <path d="M9.6 9.1c.2-.4.4-.4.6-.4h.4c.1 0 .3 0 .4.3l.6 1.3c0 .1 0 .3-.1.4l-.4.5c-.1.1-.1.2 0 .4.5.8 1.1 1.4 2 1.8.1.1.3.1.4 0l.5-.6c.1-.2.3-.2.4-.1l1.3.6c.2.1.3.2.3.3 0 .4-.1 1-.6 1.3-.4.3-1.1.5-2 .2a7 7 0 0 1-3.8-3.3c-.5-.9-.5-1.8-.1-2.4z" fill="#fff" />
      </>
    ),
  },
  vk: {
    bg: '#0077FF',
    glyph: <path d="M12.6 16.6c-4.6 0-7.3-3.2-7.4-8.5h2.3c.1 3.9 1.8 5.5 3.2 5.9V8.1h2.2v3.4c1.3-.1 2.8-1.7 3.2-3.4h2.2a6.5 6.5 0 0 1-3 4.2 6.8 6.8 0 0 1 3.5 4.3h-2.4a4.3 4.3 0 0 0-3.5-3.1v3.1z" fill="#fff" />,
  },
  instagram: {
    bg: '#E1306C',
    glyph: (
      <>
        <rect x="6" y="6" width="12" height="12" rx="3.5" fill="none" stroke="#fff" strokeWidth="1.6" />
        <circle cx="12" cy="12" r="2.9" fill="none" stroke="#fff" strokeWidth="1.6" />
        <circle cx="15.6" cy="8.4" r=".9" fill="#fff" />
      </>
    ),
  },
  facebook: {
    bg: '#1877F2',
    glyph: <path d="M13.1 19v-6h2l.3-2.4h-2.3V9.2c0-.7.2-1.2 1.2-1.2h1.2V5.9c-.2 0-1-.1-1.8-.1-1.8 0-3 1.1-3 3.1v1.8h-2V13h2v6z" fill="#fff" />,
  },
  email: {
    bg: '#64748B',
    glyph: (
      <>
        <rect x="5.5" y="7.5" width="13" height="9" rx="1.5" fill="none" stroke="#fff" strokeWidth="1.5" />
        <path d="m6 8.3 6 4.5 6-4.5" fill="none" stroke="#fff" strokeWidth="1.5" strokeLinejoin="round" />
      </>
    ),
  },
  widget: {
    bg: '#7C3AED',
    glyph: <path d="M7 7.5h10a1.5 1.5 0 0 1 1.5 1.5v5.5A1.5 1.5 0 0 1 17 16h-5.5l-3.2 2.4V16H7a1.5 1.5 0 0 1-1.5-1.5V9A1.5 1.5 0 0 1 7 7.5z" fill="none" stroke="#fff" strokeWidth="1.5" strokeLinejoin="round" />,
  },
  api: {
    bg: '#0F172A',
    glyph: <path d="m9.5 8.5-3 3.5 3 3.5M14.5 8.5l3 3.5-3 3.5" fill="none" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />,
  },
};

/** A small brand-coloured icon per channel type (inline SVG, no assets). */
export function ChannelIcon({ type, size = 18, title }: { type: ChannelType; size?: number; title?: string }) {
  const icon = paths[type] ?? paths.api;
  return (
    <svg
      className="sb-channel-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      role={title ? 'img' : undefined}
      aria-label={title}
      aria-hidden={title ? undefined : true}
      data-channel={type}
    >
      <rect width="24" height="24" rx="6" fill={icon.bg} />
      {icon.glyph}
    </svg>
  );
}
