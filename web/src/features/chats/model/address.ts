import type { AddressKind, Channel } from '@/lib/api-types';

const ORDER: readonly AddressKind[] = ['phone', 'username', 'email', 'externalId'];
/** A channel that cannot start dialogs can still reach someone who wrote to it, by these. */
const KNOWN_CLIENT: readonly AddressKind[] = ['username', 'phone'];

/** The kinds of address to offer for a channel, the most usual first. */
export function addressKinds(channel: Channel | undefined): AddressKind[] {
  if (!channel) return ['phone'];
  if (!channel.canWriteFirst || channel.writeFirstBy.length === 0) return [...KNOWN_CLIENT];
  return ORDER.filter((kind) => channel.writeFirstBy.includes(kind));
}

/** What kind of address this looks like, among the allowed ones; null when it is not clear. */
export function guessKind(value: string, allowed: readonly AddressKind[]): AddressKind | null {
  const v = value.trim();
  if (!v) return null;
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v) && allowed.includes('email')) return 'email';
  if (v.startsWith('@') && allowed.includes('username')) return 'username';
  if (/^[+\d\s()\-.]+$/.test(v) && v.replace(/\D/g, '').length >= 5 && allowed.includes('phone')) return 'phone';
  if (/^[A-Za-z][\w.]*$/.test(v) && allowed.includes('username') && !allowed.includes('externalId')) return 'username';
  return null;
}
