/**
 * Test doubles for the widget's tests: an in-memory Switchboard widget API behind a fake `fetch`, and a fake WebSocket.
 * Not part of the bundle (nothing imports it but tests).
 */
import { waitFor, within } from '@testing-library/dom';
import { expect, vi } from 'vitest';
import type { SocketLike } from './live';
import { type Embed, startWidget } from './start';
import type { Contact, Message, WidgetConfig } from './types';
import type { ChatWidget } from './widget';

export const BASE = 'https://app.example';
export const CHANNEL = 'ch1';

export interface Received {
  method: string;
  /** Path under `/widget/v1/ch1`, with the query. */
  path: string;
  token: string | null;
  body: unknown;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Route = (request: Received) => Reply | Promise<Reply> | 'network-error';

const problem = (status: number, detail: string): Reply => ({ status, body: { status, detail } });

/** Ids compare as the server's do: numbers by value, UUIDv7 strings as strings. */
const newer = (a: Message['id'], b: string) => (typeof a === 'number' ? a > Number(b) : String(a) > b);
const older = (a: Message['id'], b: string) => (typeof a === 'number' ? a < Number(b) : String(a) < b);

export function operatorMessage(id: number | string, text: string | null, author = 'Anna', extra: Partial<Message> = {}): Message {
  return { id, clientId: null, from: 'operator', text, author, attachments: [], createdAt: new Date().toISOString(), read: false, ...extra };
}

/** A promise resolved from outside: holds a reply until the test lets it go. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export class FakeServer {
  config: WidgetConfig = {
    title: 'Acme support',
    color: '#0a7d5a',
    greeting: 'Hi! How can we help?',
    askName: false,
    askPhone: false,
    locale: 'en',
  };
  messages: Message[] = [];
  contact: Contact = { name: null, phone: null };
  hasOlder = false;
  /** At most this many messages in a catch-up (`?after=`) answer, with `hasNewer` when there are more. */
  newerPageSize = 200;
  readonly tokens = new Set<string>();
  readonly received: Received[] = [];
  private readonly overrides: { key: string; route: Route; once: boolean }[] = [];
  private visitors = 0;
  private nextId = 1000;

  /** Answers `METHOD /path` (no query) with the route instead of the in-memory behaviour. */
  on(key: string, route: Route, once = false): this {
    this.overrides.unshift({ key, route, once });
    return this;
  }

  once(key: string, route: Route): this {
    return this.on(key, route, true);
  }

  requests(key: string): Received[] {
    return this.received.filter((r) => `${r.method} ${r.path.split('?')[0]}` === key);
  }

  readonly fetch = vi.fn(async (input: string, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input);
    const prefix = `/widget/v1/${CHANNEL}`;
    const auth = new Headers(init.headers).get('Authorization');
    const request: Received = {
      method: init.method ?? 'GET',
      path: url.pathname.slice(prefix.length) + url.search,
      token: auth?.replace(/^Bearer /, '') ?? null,
      body: init.body instanceof FormData ? Object.fromEntries(init.body) : init.body ? JSON.parse(String(init.body)) : undefined,
    };
    this.received.push(request);
    const key = `${request.method} ${request.path.split('?')[0]}`;
    const override = this.overrides.find((o) => o.key === key);
    if (override?.once) this.overrides.splice(this.overrides.indexOf(override), 1);
    // like a browser: an aborted request (timed out) fails at once, whatever the server does
    const aborted = new Promise<never>((_, reject) =>
      init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError'))),
    );
    const reply = await Promise.race([override ? override.route(request) : this.answer(request, url.searchParams), aborted]);
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    const type = reply.status >= 400 ? 'application/problem+json' : 'application/json';
    const body = reply.body === undefined || reply.status === 204 ? null : JSON.stringify(reply.body);
    return new Response(body, { status: reply.status, headers: { 'Content-Type': type, ...reply.headers } });
  });

  private answer(request: Received, query: URLSearchParams): Reply {
    const key = `${request.method} ${request.path.split('?')[0]}`;
    if (key === 'GET /config') return { status: 200, body: this.config };
    if (key === 'POST /visitors') {
      const token = `token-${++this.visitors}`;
      this.tokens.add(token);
      return { status: 201, body: { token } };
    }
    if (!request.token || !this.tokens.has(request.token)) return problem(401, 'Unknown visitor');
    const body = request.body as Record<string, unknown>;
    switch (key) {
      case 'GET /messages': {
        const after = query.get('after');
        const before = query.get('before');
        let items = this.messages;
        if (before) items = items.filter((m) => older(m.id, before));
        if (after) {
          items = items.filter((m) => newer(m.id, after));
          const hasNewer = items.length > this.newerPageSize;
          return { status: 200, body: { items: items.slice(0, this.newerPageSize), hasOlder: false, hasNewer, contact: this.contact } };
        }
        return { status: 200, body: { items, hasOlder: before ? false : this.hasOlder, contact: this.contact } };
      }
      case 'POST /messages':
        return { status: 201, body: this.store({ clientId: body.clientId as string, text: body.text as string }) };
      case 'POST /files': {
        const file = body.file as File;
        const attachment = { name: file.name, size: file.size, contentType: file.type, url: `/widget/files/${file.name}` };
        return { status: 201, body: this.store({ clientId: body.clientId as string, attachments: [attachment] }) };
      }
      case 'PUT /contact':
        this.contact = { ...this.contact, ...(body as Partial<Contact>) };
        return { status: 200, body: this.contact };
      case 'POST /read':
        return { status: 204 };
      default:
        return problem(404, 'No such endpoint');
    }
  }

  private store(fields: Partial<Message>): Message {
    const message: Message = {
      id: ++this.nextId,
      clientId: null,
      from: 'visitor',
      text: null,
      author: null,
      attachments: [],
      createdAt: new Date().toISOString(),
      read: false,
      ...fields,
    };
    this.messages.push(message);
    return message;
  }
}

/** A WebSocket the test drives: `open()`, `frame()`, `drop()`. */
export class FakeSocket implements SocketLike {
  static all: FakeSocket[] = [];
  onopen: ((ev: Event) => void) | null = null;
  onclose: ((ev: CloseEvent) => void) | null = null;
  onerror: ((ev: Event) => void) | null = null;
  onmessage: ((ev: MessageEvent) => void) | null = null;
  readonly sent: unknown[] = [];
  closed = false;

  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }

  static latest(): FakeSocket {
    const socket = FakeSocket.all[FakeSocket.all.length - 1];
    if (!socket) throw new Error('no socket was opened');
    return socket;
  }

  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }

  close(): void {
    this.closed = true;
  }

  /** The server accepts the connection; `ready` also answers the auth frame. */
  open(ready = true): void {
    this.onopen?.(new Event('open'));
    if (ready) this.frame({ type: 'ready' });
  }

  frame(frame: unknown): void {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(frame) }));
  }

  drop(code = 1006): void {
    this.onclose?.(new CloseEvent('close', { code }));
  }
}

const mounted: ChatWidget[] = [];

/**
 * jsdom caches computed styles and forgets the cache only on changes to nodes in the document itself, not in a shadow
 * tree: an element shown by removing `hidden` would still count as `display: none` for role queries. Every lookup
 * starts from a fresh cache (touching an attribute of the document element clears it).
 */
function forgetComputedStyles(): void {
  if (vi.isMockFunction(window.getComputedStyle)) return;
  const compute = window.getComputedStyle.bind(window);
  vi.spyOn(window, 'getComputedStyle').mockImplementation((element, pseudo) => {
    document.documentElement.toggleAttribute('data-fresh-styles');
    document.documentElement.toggleAttribute('data-fresh-styles');
    return compute(element, pseudo);
  });
}

/** Starts the widget against the fake server (English unless the embed says otherwise); `ui` queries its shadow root. */
export async function showWidget(server: FakeServer, embed: Partial<Embed> = {}) {
  forgetComputedStyles();
  vi.stubGlobal('fetch', server.fetch);
  vi.stubGlobal('WebSocket', FakeSocket);
  const widget = await startWidget({ base: BASE, channel: CHANNEL, lang: 'en', open: false, ...embed });
  if (!widget) throw new Error('the widget did not start');
  mounted.push(widget);
  return { widget, shadow: widget.shadow, ui: within(widget.shadow.querySelector<HTMLElement>('.root')!) };
}

/** A returning visitor whose token the server knows, with a conversation so far. */
export function returningVisitor(): FakeServer {
  const server = new FakeServer();
  server.tokens.add('known');
  localStorage.setItem('switchboard.widget.ch1', 'known');
  server.messages = [operatorMessage(10, 'Welcome back', 'Anna', { read: true })];
  return server;
}

/** The chat open, its history loaded, live, and caught up once. */
export async function connected(server: FakeServer) {
  const shown = await showWidget(server);
  shown.widget.open();
  await waitFor(() => expect(FakeSocket.all).toHaveLength(1));
  FakeSocket.latest().open();
  await waitFor(() => expect(server.requests('GET /messages')).toHaveLength(2));
  return shown;
}

export function removeWidgets(): void {
  mounted.splice(0).forEach((widget) => widget.destroy());
  FakeSocket.all = [];
  sessionStorage.clear();
}
