import { ApiError, type WidgetApi } from './api';
import type { Words } from './i18n';
import type { Conversation } from './store';

export interface OutboxEvents {
  /** A message was added, sent or refused. */
  changed(): void;
  /** A line for the visitor above the composer; null clears it. */
  notice(text: string | null): void;
  /** The server refused the visitor token the request carried. */
  unauthorized(token: string | null): void;
  /** The server wants the contact form filled before the first message (422). */
  contactRequired(detail: string | null): void;
}

const DEFAULT_RETRY_AFTER_MS = 3000;

/** A v4 UUID: crypto.randomUUID, or Math.random where it is missing (plain http pages, old browsers). */
export function newClientId(): string {
  try {
    return crypto.randomUUID();
  } catch {
    return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
      (Number(c) ^ ((Math.random() * 16) >> (Number(c) / 4))).toString(16),
    );
  }
}

/**
 * The visitor's messages on their way to the server, one at a time so that they arrive in the order written.
 * Each carries its clientId, so sending one again after a lost answer does not post it twice.
 */
export class Outbox {
  readonly #api: WidgetApi;
  readonly #conversation: Conversation;
  readonly #words: Words;
  readonly #events: OutboxEvents;
  #queue: string[] = [];
  #draining = false;
  #stopped = false;
  /** A notice of ours is shown ("too fast" …): a message that gets through clears it. */
  #noticeShown = false;
  #pauseTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(api: WidgetApi, conversation: Conversation, words: Words, events: OutboxEvents) {
    this.#api = api;
    this.#conversation = conversation;
    this.#words = words;
    this.#events = events;
  }

  sendText(text: string): void {
    this.#enqueue(this.#conversation.addOwn(newClientId(), text).key);
  }

  sendFile(file: File): void {
    this.#enqueue(this.#conversation.addOwn(newClientId(), null, file).key);
  }

  retry(key: string): void {
    this.#conversation.mark(key, 'pending');
    this.#enqueue(key);
  }

  /** After the contact was saved: the messages the server held back for it. */
  retryHeldForContact(): void {
    for (const entry of this.#conversation.list()) {
      if (entry.delivery === 'failed' && entry.needsContact) this.retry(entry.key);
    }
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#pauseTimer);
  }

  #enqueue(key: string): void {
    if (!this.#queue.includes(key)) this.#queue.push(key);
    this.#events.changed();
    void this.#drain();
  }

  async #drain(): Promise<void> {
    if (this.#draining) return;
    this.#draining = true;
    try {
      while (this.#queue.length && !this.#stopped) {
        const waitMs = await this.#deliver(this.#queue[0]);
        if (waitMs == null) this.#queue.shift();
        else await new Promise<void>((resolve) => (this.#pauseTimer = setTimeout(resolve, waitMs)));
      }
    } finally {
      this.#draining = false;
    }
  }

  #notice(text: string | null): void {
    this.#noticeShown = text != null;
    this.#events.notice(text);
  }

  /** Sends one message; the time to wait before trying it again when the server asks to slow down. */
  async #deliver(key: string): Promise<number | null> {
    const entry = this.#conversation.find(key);
    // gone, or already arrived over the live connection
    if (!entry || entry.id != null) return null;
    const visitor = this.#api.token;
    try {
      const message = entry.file ? await this.#api.upload(key, entry.file) : await this.#api.send(key, entry.text ?? '');
      if (this.#stopped) return null;
      if (this.#api.token !== visitor) return this.#forPreviousVisitor(key);
      this.#conversation.upsert([message]);
      if (this.#noticeShown) this.#notice(null);
    } catch (error) {
      if (this.#stopped) return null;
      if (this.#api.token !== visitor) return this.#forPreviousVisitor(key);
      const status = error instanceof ApiError ? error.status : 0;
      const detail = error instanceof ApiError ? error.detail : null;
      if (status === 429) {
        this.#notice(this.#words.tooFast);
        return (error as ApiError).retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
      }
      if (status === 413) {
        this.#conversation.remove(key);
        this.#notice(this.#words.tooLarge(entry.attachments[0]?.name ?? ''));
      } else if (status === 401) {
        // everything queued was for the refused visitor: the visitor retries as the new one
        for (const queued of this.#queue) this.#conversation.mark(queued, 'failed');
        this.#queue = [];
        this.#events.unauthorized((error as ApiError).token);
      } else {
        this.#conversation.mark(key, 'failed', status === 422);
        if (status === 422) this.#events.contactRequired(detail);
        else if (status >= 400 && status < 500) this.#notice(detail ?? this.#words.rejected);
      }
    }
    this.#events.changed();
    return null;
  }

  /**
   * The visitor was replaced while the message was on its way: the answer is about the previous visitor's conversation
   * and must not show in the new one. The message stays "not sent", for the visitor to send again as the new one.
   */
  #forPreviousVisitor(key: string): null {
    this.#conversation.mark(key, 'failed');
    this.#events.changed();
    return null;
  }
}
