import type { Attachment, Contact, Message, MessageId, MessagePage } from './types';

/** Where a message the visitor wrote is: on its way, refused or lost, or on the server. */
export type Delivery = 'pending' | 'failed' | 'sent';

/** A message as the widget shows it: from the server, or written here and not (yet) accepted by it. */
export interface Entry extends Omit<Message, 'id'> {
  /** Stable across the optimistic bubble and the server's message: the clientId, else the id. */
  key: string;
  id: MessageId | null;
  delivery: Delivery;
  /** Kept to retry an upload. */
  file?: File;
  /** The server wants the contact form filled before this message. */
  needsContact?: boolean;
}

const keyOf = (m: Pick<Message, 'id' | 'clientId'>) => m.clientId ?? `#${m.id}`;
const sameId = (a: MessageId | null, b: MessageId | null) => a != null && b != null && String(a) === String(b);

/** Server ids are time-ordered (UUIDv7 strings of equal length, or numbers): newer is greater. */
function compareIds(a: MessageId, b: MessageId): number {
  const x = String(a);
  const y = String(b);
  if (/^\d+$/.test(x) && /^\d+$/.test(y)) return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The greatest id (`sign` 1) or the least (`sign` -1) among the entries on the server. */
function extremeId(entries: readonly Entry[], sign: 1 | -1): MessageId | null {
  let found: MessageId | null = null;
  for (const { id } of entries) if (id != null && (found == null || compareIds(id, found) * sign > 0)) found = id;
  return found;
}

/** Server messages by time (then id); the ones not on the server yet after them, in the order they were written. */
function compareEntries(a: Entry, b: Entry): number {
  if (a.id == null || b.id == null) return (a.id == null ? 1 : 0) - (b.id == null ? 1 : 0);
  return (Date.parse(a.createdAt) || 0) - (Date.parse(b.createdAt) || 0) || compareIds(a.id, b.id);
}

/** The visitor's conversation: messages, the contact left so far, whether older history exists. */
export class Conversation {
  #entries: Entry[] = [];
  contact: Contact = { name: null, phone: null };
  hasOlder = false;
  /** The newest operator message the visitor has seen here, and the newest the server has confirmed as read. */
  #seen: MessageId | null = null;
  #acknowledged: MessageId | null = null;

  list(): readonly Entry[] {
    return this.#entries;
  }

  find(key: string): Entry | undefined {
    return this.#entries.find((e) => e.key === key);
  }

  /** Takes a page of history; `hasOlder` only from pages that are about the start of the loaded range. */
  take(page: MessagePage, kind: 'latest' | 'newer' | 'older'): number {
    // merged: a page read while the pre-chat form was being saved must not bring the empty contact back
    const { name, phone } = page.contact ?? {};
    this.contact = { name: name || this.contact.name, phone: phone || this.contact.phone };
    if (kind !== 'newer') this.hasOlder = page.hasOlder;
    return this.upsert(page.items ?? []);
  }

  /** Adds or replaces messages by id, or by clientId for the visitor's own; returns how many operator messages are new. */
  upsert(messages: Message[]): number {
    let newFromOperator = 0;
    for (const message of messages) {
      const index = this.#entries.findIndex(
        (e) => sameId(e.id, message.id) || (message.clientId != null && e.clientId === message.clientId),
      );
      const previous = index >= 0 ? this.#entries[index] : null;
      const entry: Entry = {
        ...message,
        attachments: message.attachments ?? [],
        key: previous?.key ?? keyOf(message),
        delivery: 'sent',
        // a receipt sent from here wins over an older copy of the message
        read: message.read || (previous?.read ?? false),
      };
      if (previous) this.#entries[index] = entry;
      else {
        this.#entries.push(entry);
        if (message.from === 'operator' && !message.read) newFromOperator += 1;
      }
    }
    this.#entries.sort(compareEntries);
    return newFromOperator;
  }

  /** A message written here, shown at once while it is being sent. */
  addOwn(clientId: string, text: string | null, file?: File): Entry {
    const attachments: Attachment[] = file
      ? [{ name: file.name, size: file.size, contentType: file.type || 'application/octet-stream', url: '' }]
      : [];
    const entry: Entry = {
      key: clientId,
      id: null,
      clientId,
      from: 'visitor',
      text,
      author: null,
      attachments,
      createdAt: new Date().toISOString(),
      read: false,
      delivery: 'pending',
      file,
    };
    this.#entries.push(entry);
    return entry;
  }

  mark(key: string, delivery: Delivery, needsContact = false): void {
    const entry = this.find(key);
    if (entry && entry.id == null) Object.assign(entry, { delivery, needsContact });
  }

  remove(key: string): void {
    this.#entries = this.#entries.filter((e) => e.key !== key);
  }

  /** The highest id, not the last by time: what `?after=` continues from. */
  newestId(): MessageId | null {
    return extremeId(this.#entries, 1);
  }

  oldestId(): MessageId | null {
    return extremeId(this.#entries, -1);
  }

  unread(): number {
    return this.#entries.filter((e) => e.from === 'operator' && !e.read).length;
  }

  /** Marks the operator's messages as seen; the newest one's (highest) id when there was anything unseen. */
  markRead(): MessageId | null {
    const fromOperator = this.#entries.filter((e) => e.from === 'operator' && e.id != null);
    if (fromOperator.every((e) => e.read)) return null;
    fromOperator.forEach((e) => (e.read = true));
    const newest = extremeId(fromOperator, 1);
    if (newest != null && (this.#seen == null || compareIds(newest, this.#seen) > 0)) this.#seen = newest;
    return newest;
  }

  /** The read receipt the server still has to get (`upTo`): seen here, not confirmed yet; null when none. */
  receipt(): MessageId | null {
    const seen = this.#seen;
    return seen != null && (this.#acknowledged == null || compareIds(seen, this.#acknowledged) > 0) ? seen : null;
  }

  /** The server confirmed the receipt up to this id. */
  acknowledge(upTo: MessageId): void {
    if (this.#acknowledged == null || compareIds(upTo, this.#acknowledged) > 0) this.#acknowledged = upTo;
  }

  /** A new visitor: the server's history is gone, unsent messages stay (they can be sent as the new visitor). */
  reset(): void {
    this.#entries = this.#entries.filter((e) => e.id == null).map((e) => ({ ...e, delivery: 'failed' as const }));
    this.contact = { name: null, phone: null };
    this.hasOlder = false;
    this.#seen = this.#acknowledged = null;
  }
}
