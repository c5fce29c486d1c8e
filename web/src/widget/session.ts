import { ApiError, isUnauthorized, WidgetApi } from './api';
import type { Words } from './i18n';
import { LiveConnection } from './live';
import type { VisitorMemory } from './memory';
import { Outbox } from './outbox';
import { Recovery, retryDelay } from './recovery';
import { Conversation } from './store';
import type { Contact } from './types';
import { Visitor } from './visitor';
import { warnRefused } from './warn';

export type Phase = 'idle' | 'loading' | 'ready';
/** What changed, so that the view knows where to scroll. */
export type Change = 'history' | 'older' | 'incoming' | 'outgoing' | 'status';

export interface SessionEvents {
  changed(change: Change): void;
  notice(text: string | null): void;
  contactRequired(detail: string | null): void;
}

export interface SessionOptions {
  base: string;
  channel: string;
  words: Words;
  memory: VisitorMemory;
  events: SessionEvents;
}

const refusedToken = (error: unknown) => (error as ApiError).token;
const statusOf = (error: unknown) => (error instanceof ApiError ? error.status : 0);

/** Catch-up pages asked for in a row at most (the server answers up to 200 messages a page). */
const CATCH_UP_PAGES = 20;

/**
 * One visitor's conversation with the channel: the token, the history, live updates and catch-up, sending.
 * A refused token (HTTP 401 or close code 4401) starts over as a new visitor.
 */
export class VisitorSession {
  readonly conversation = new Conversation();
  readonly outbox: Outbox;
  phase: Phase = 'idle';
  loadingOlder = false;
  readonly #api: WidgetApi;
  readonly #live: LiveConnection;
  readonly #visitor: Visitor;
  readonly #events: SessionEvents;
  readonly #recovery = new Recovery();
  /** Bumped when the visitor is replaced: answers meant for the previous one are dropped. */
  #epoch = 0;
  #renewals = 0;
  #liveTrouble = false;
  #whenReady: (() => void)[] = [];
  #stopped = false;
  readonly #channel: string;
  /** The server refused the chat for good (404, 403): said once in the console. */
  #refusalWarned = false;
  /** Scrolling to the top loads older messages again only after this time, once loading them failed. */
  #olderPausedUntil = 0;
  #olderFailures = 0;
  #receiptSending = false;
  readonly #unwatchToken: () => void;

  constructor({ base, channel, words, memory, events }: SessionOptions) {
    const visitor = new Visitor(memory);
    this.#visitor = visitor;
    this.#events = events;
    this.#channel = channel;
    this.#unwatchToken = memory.watchToken(this.#tokenStoredElsewhere);
    this.#api = new WidgetApi(base, channel, () => visitor.token);
    const liveUrl = `${base.replace(/^http/, 'ws')}/widget/v1/${encodeURIComponent(channel)}/live`;
    this.#live = new LiveConnection(liveUrl, () => visitor.token, {
      ready: () => void this.#catchUp(),
      message: (message) => {
        if (this.phase !== 'ready') return;
        this.conversation.upsert([message]);
        events.changed('incoming');
      },
      unauthorized: () => this.#renew(visitor.token),
      trouble: (down) => {
        this.#liveTrouble = down;
        events.changed('status');
      },
    });
    this.outbox = new Outbox(this.#api, this.conversation, words, {
      changed: () => events.changed('outgoing'),
      notice: (text) => events.notice(text),
      unauthorized: (token) => this.#renew(token),
      contactRequired: (detail) => events.contactRequired(detail),
    });
  }

  /** The server cannot be reached: requests fail or the live connection keeps dropping. */
  get trouble(): boolean {
    return this.#recovery.failing || this.#liveTrouble;
  }

  /** Nothing is known about the visitor yet (no token, or one created just now). */
  get isNew(): boolean {
    return this.#visitor.isNew;
  }

  /** A returning visitor: load the history and listen, so that replies show on the launcher's badge. */
  resume(): void {
    if (this.#visitor.known) this.begin();
  }

  /** The visitor opened the chat: from now on there is a conversation (a new visitor is created if needed). */
  begin(): void {
    if (this.phase !== 'idle' || this.#stopped) return;
    this.phase = 'loading';
    this.#events.changed('status');
    void this.#load();
  }

  stop(): void {
    this.#stopped = true;
    this.#live.stop();
    this.outbox.stop();
    this.#recovery.stop();
    this.#unwatchToken();
  }

  /** `byScroll`: the visitor scrolled to the top; after a failure that waits for a pause (the button does not). */
  async loadOlder(byScroll = false): Promise<void> {
    const oldest = this.conversation.oldestId();
    if (this.phase !== 'ready' || this.loadingOlder || !this.conversation.hasOlder || oldest == null) return;
    if (byScroll && Date.now() < this.#olderPausedUntil) return;
    const epoch = this.#epoch;
    this.loadingOlder = true;
    this.#events.changed('status');
    let change: Change = 'status';
    try {
      const page = await this.#api.messages({ before: oldest });
      if (epoch !== this.#epoch) return;
      this.conversation.take(page, 'older');
      change = 'older';
      this.#olderFailures = 0;
      this.#olderPausedUntil = 0;
    } catch (error) {
      // other failures leave the "show earlier" button for another try; scrolling tries again only after a pause
      if (isUnauthorized(error)) this.#renew(refusedToken(error));
      else if (epoch === this.#epoch) {
        const asked = error instanceof ApiError ? error.retryAfterMs : null;
        const wait = Math.max(retryDelay(this.#olderFailures++), asked ?? 0);
        this.#olderPausedUntil = Date.now() + wait;
      }
    } finally {
      if (epoch === this.#epoch) {
        this.loadingOlder = false;
        this.#events.changed(change);
      }
    }
  }

  /** Saves the pre-chat form; a form sent while the conversation is still loading waits for it. */
  async saveContact(contact: Partial<Contact>): Promise<void> {
    if (this.phase !== 'ready') await new Promise<void>((resolve) => this.#whenReady.push(resolve));
    try {
      this.conversation.contact = await this.#api.saveContact(contact);
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
      this.#renew(refusedToken(error));
      throw new ApiError(0);
    }
    this.#events.changed('status');
    this.outbox.retryHeldForContact();
  }

  /** Marks the operator's messages seen and tells the server; false when there was nothing new. */
  markRead(): boolean {
    if (this.phase !== 'ready') return false;
    const seen = this.conversation.markRead() != null;
    this.#sendReceipt();
    return seen;
  }

  /** One receipt at a time, up to the newest seen; one that failed is sent again after the next catch-up. */
  #sendReceipt(): void {
    const upTo = this.conversation.receipt();
    if (upTo == null || this.#receiptSending || this.#stopped) return;
    const epoch = this.#epoch;
    this.#receiptSending = true;
    this.#api.markRead(upTo).then(
      () => {
        this.#receiptSending = false;
        if (epoch === this.#epoch) this.conversation.acknowledge(upTo);
        // more was seen meanwhile
        this.#sendReceipt();
      },
      () => {
        this.#receiptSending = false;
      },
    );
  }

  async #load(): Promise<void> {
    const epoch = this.#epoch;
    try {
      await this.#visitor.identify(this.#api);
      const page = await this.#api.messages();
      if (epoch !== this.#epoch || this.#stopped) return;
      this.conversation.take(page, 'latest');
      this.phase = 'ready';
      this.#recovery.succeeded();
      this.#renewals = 0;
      this.#events.changed('history');
      this.#live.start();
      this.#whenReady.splice(0).forEach((resolve) => resolve());
    } catch (error) {
      if (epoch === this.#epoch) this.#failed(error, () => void this.#load());
    }
  }

  /** After every (re)connect: what arrived while the live connection was down, page after page. */
  async #catchUp(): Promise<void> {
    const epoch = this.#epoch;
    try {
      for (let pages = 0; pages < CATCH_UP_PAGES; pages++) {
        const newest = this.conversation.newestId();
        const page = await this.#api.messages(newest == null ? {} : { after: newest });
        if (epoch !== this.#epoch || this.#stopped) return;
        this.conversation.take(page, newest == null ? 'latest' : 'newer');
        this.#recovery.succeeded();
        this.#events.changed('incoming');
        const next = this.conversation.newestId();
        // a page that brought nothing newer would only be asked for again
        if (newest == null || !page.hasNewer || next == null || String(next) === String(newest)) break;
      }
      this.#sendReceipt();
    } catch (error) {
      if (epoch === this.#epoch) this.#failed(error, () => void this.#catchUp());
    }
  }

  #failed(error: unknown, retry: () => void): void {
    if (this.#stopped) return;
    if (isUnauthorized(error)) {
      this.#renew(refusedToken(error));
      return;
    }
    const status = statusOf(error);
    if (status === 403 || status === 404) {
      this.#refused(error as ApiError);
      return;
    }
    // a paused chat (503) or too many requests (429): not before the server says
    const wait = status === 503 || status === 429 ? (error as ApiError).retryAfterMs : null;
    this.#recovery.retry(retry, wait);
    this.#events.changed('status');
  }

  /** The widget was removed or this site is no longer allowed: asking again would not help. */
  #refused(error: ApiError): void {
    if (!this.#refusalWarned) warnRefused(error.status, error.detail, this.#channel);
    this.#refusalWarned = true;
    this.#recovery.giveUp();
    this.#live.stop();
    this.#liveTrouble = false;
    this.#events.changed('status');
  }

  /** The server no longer knows this token: forget it and start over as a new visitor. */
  #renew(refused: string | null): void {
    if (this.#stopped || !this.#visitor.refuse(refused)) return;
    // a server that refuses every new token too must not be hammered
    this.#restart(++this.#renewals > 2);
  }

  /** Another tab stored a different visitor (it created one at the same time, or replaced a refused one): use it. */
  readonly #tokenStoredElsewhere = (): void => {
    if (this.#stopped || !this.#visitor.replacedElsewhere()) return;
    if (this.phase === 'idle') this.resume();
    else this.#restart(false);
  };

  /** Starts over with another visitor: the history is loaded again, unsent messages stay to be sent as the new one. */
  #restart(slowly: boolean): void {
    this.#epoch += 1;
    this.#live.stop();
    this.#liveTrouble = false;
    this.#recovery.cancel();
    this.conversation.reset();
    this.loadingOlder = false;
    this.phase = 'loading';
    if (slowly) this.#recovery.retry(() => void this.#load());
    else void this.#load();
    this.#events.changed('history');
  }
}
