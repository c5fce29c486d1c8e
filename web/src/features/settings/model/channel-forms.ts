import type { ChannelType } from '@/lib/api-types';

/** One setting of a channel type, as the connect form asks for it. */
export interface ChannelField {
  name: string;
  /** Shown masked by the server; left empty on edit, it keeps its value. */
  secret?: boolean;
  required?: boolean;
  /** Behind "Advanced": defaults that only tests and proxies change. */
  advanced?: boolean;
  /** Filled with a fresh random value for a new channel (tokens we choose ourselves). */
  generated?: boolean;
  /** The value when the field is new and empty. */
  initial?: string;
  /** How it is typed: one line (the default), several lines, a colour, a yes/no, a list of one item per line. */
  kind?: 'text' | 'textarea' | 'color' | 'checkbox' | 'lines';
}

const META: ChannelField[] = [
  { name: 'pageId', required: true },
  { name: 'accessToken', secret: true, required: true },
  { name: 'appSecret', secret: true, required: true },
  { name: 'verifyToken', required: true, generated: true },
  { name: 'apiBaseUrl', advanced: true, initial: 'https://graph.facebook.com' },
  { name: 'apiVersion', advanced: true, initial: 'v21.0' },
];

/** The channel types this server connects. */
export type ConnectableType = 'telegram' | 'whatsapp' | 'vk' | 'instagram' | 'facebook' | 'email' | 'widget' | 'api';

export function isConnectable(type: ChannelType): type is ConnectableType {
  return type in CHANNEL_FORMS;
}

/** Their settings, as `api.md`'s Channels table names them. */
export const CHANNEL_FORMS: Record<ConnectableType, ChannelField[]> = {
  telegram: [
    { name: 'botToken', secret: true, required: true },
    { name: 'apiBaseUrl', advanced: true, initial: 'https://api.telegram.org' },
  ],
  whatsapp: [
    { name: 'phoneNumberId', required: true },
    { name: 'accessToken', secret: true, required: true },
    { name: 'appSecret', secret: true, required: true },
    { name: 'verifyToken', required: true, generated: true },
    { name: 'businessAccountId' },
    { name: 'apiBaseUrl', advanced: true, initial: 'https://graph.facebook.com' },
    { name: 'apiVersion', advanced: true, initial: 'v21.0' },
  ],
  vk: [
    { name: 'groupId', required: true },
    { name: 'accessToken', secret: true, required: true },
    { name: 'confirmationCode' },
    { name: 'secret', secret: true, generated: true },
    { name: 'apiBaseUrl', advanced: true, initial: 'https://api.vk.com' },
  ],
  instagram: META,
  facebook: META,
  email: [
    { name: 'address', required: true },
    { name: 'imapHost', required: true },
    { name: 'imapPort', initial: '993' },
    { name: 'smtpHost', required: true },
    { name: 'smtpPort', initial: '465' },
    { name: 'username' },
    { name: 'password', secret: true, required: true },
    { name: 'tls', advanced: true, initial: 'ssl' },
  ],
  widget: [
    { name: 'title' },
    { name: 'color', kind: 'color', initial: '#2563eb' },
    { name: 'greeting', kind: 'textarea' },
    { name: 'askName', kind: 'checkbox', initial: 'false' },
    { name: 'askPhone', kind: 'checkbox', initial: 'false' },
    { name: 'allowedOrigins', kind: 'lines' },
  ],
  api: [{ name: 'outboundUrl', required: true, initial: 'https://' }],
};

export const CONNECTABLE = Object.keys(CHANNEL_FORMS) as ConnectableType[];

/** A random token of letters and digits, for the verify token and VK's secret key. */
export function randomToken(length = 24): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** The form's starting values: a new channel's defaults and fresh tokens, or the saved settings (secrets left empty). */
export function initialValues(type: ChannelType, saved: Record<string, unknown> | null): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of isConnectable(type) ? CHANNEL_FORMS[type] : []) {
    if (saved) values[field.name] = field.secret ? '' : savedText(field, saved);
    else values[field.name] = field.generated ? randomToken() : (field.initial ?? '');
  }
  return values;
}

/**
 * What to send: every field of a new channel; on edit the changed plain fields and the
 * secrets typed anew (a secret left empty keeps its value on the server). Null when nothing changed.
 */
export function settingsToSend(
  type: ChannelType,
  values: Record<string, string>,
  saved: Record<string, unknown> | null,
): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const field of isConnectable(type) ? CHANNEL_FORMS[type] : []) {
    const typed = values[field.name] ?? '';
    const value = field.kind === 'lines' ? typed.split(/[\s,]+/).filter(Boolean).join('\n') : typed.trim();
    if (!saved) {
      if (value) out[field.name] = value;
    } else if (field.secret ? value !== '' : value !== savedText(field, saved)) {
      out[field.name] = value;
    }
  }
  if (!saved) return out;
  return Object.keys(out).length > 0 ? out : null;
}

/** A saved setting as its field shows it: a list one item per line, a yes/no as `true`/`false`. */
function savedText(field: ChannelField, saved: Record<string, unknown>): string {
  const value = saved[field.name];
  if (Array.isArray(value)) return value.map(String).join('\n');
  return String(value ?? field.initial ?? '');
}
