import { Recovery } from './recovery';
import type { Message } from './types';

/** The part of a WebSocket the live connection uses (a fake one in tests). */
export interface SocketLike {
  onopen: ((ev: Event) => void) | null;
  onclose: ((ev: CloseEvent) => void) | null;
  onerror: ((ev: Event) => void) | null;
  onmessage: ((ev: MessageEvent) => void) | null;
  send(data: string): void;
  close(code?: number): void;
}

export interface LiveEvents {
  /** The server accepted the token: fetch what was missed while disconnected. */
  ready(): void;
  message(message: Message): void;
  /** Closed with 4401: the token is no longer valid. The connection stays stopped. */
  unauthorized(): void;
  /** `true` once reconnecting keeps failing, `false` when live again. */
  trouble(down: boolean): void;
}

type Frame = { type: 'ready' } | { type: 'pong' } | { type: 'message'; message: Message } | { type: string; message?: unknown };

const UNAUTHORIZED = 4401;
const PING_MS = 25_000;
/** A ping not answered by then: the socket is half-open (a laptop woke from sleep, a proxy forgot it). */
const PONG_MS = 10_000;
/** Up this long, the connection is healthy again: only then does the next drop reconnect after the shortest pause. */
const STABLE_MS = 30_000;

/** The live WebSocket of one visitor: auth frame, keep-alive pings answered by pongs, reconnects with backoff. */
export class LiveConnection {
  readonly #url: string;
  readonly #token: () => string | null;
  readonly #events: LiveEvents;
  readonly #createSocket: (url: string) => SocketLike;
  #socket: SocketLike | null = null;
  #stopped = true;
  /** Reconnects with backoff, at once when the browser is back online. */
  #recovery: Recovery | null = null;
  /** Closes since the last `ready`. */
  #failures = 0;
  #pingTimer: ReturnType<typeof setInterval> | undefined;
  #pongTimer: ReturnType<typeof setTimeout> | undefined;
  /** Resets the backoff once the connection has stayed up: a socket dropped right after `ready` keeps backing off. */
  #stableTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    url: string,
    token: () => string | null,
    events: LiveEvents,
    createSocket: (url: string) => SocketLike = (u) => new WebSocket(u),
  ) {
    this.#url = url;
    this.#token = token;
    this.#events = events;
    this.#createSocket = createSocket;
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#failures = 0;
    this.#recovery = new Recovery();
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#connect();
  }

  stop(): void {
    this.#stopped = true;
    this.#recovery?.stop();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#drop();
  }

  /** The visitor is back on the page: no need to wait out the backoff. */
  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.#recovery?.now();
  };

  #connect(): void {
    let socket: SocketLike;
    try {
      socket = this.#createSocket(this.#url);
    } catch {
      this.#lost();
      return;
    }
    this.#socket = socket;
    socket.onopen = () => socket.send(JSON.stringify({ type: 'auth', token: this.#token() }));
    socket.onmessage = (event) => this.#receive(String(event.data));
    socket.onerror = () => {
      // onclose follows
    };
    socket.onclose = (event) => {
      if (this.#socket !== socket) return;
      this.#drop();
      if (event.code === UNAUTHORIZED) {
        this.stop();
        this.#events.unauthorized();
      } else {
        this.#lost();
      }
    };
  }

  #receive(data: string): void {
    let frame: Frame;
    try {
      frame = JSON.parse(data) as Frame;
    } catch {
      return;
    }
    if (frame?.type === 'ready') {
      if (this.#failures > 1) this.#events.trouble(false);
      this.#failures = 0;
      clearTimeout(this.#stableTimer);
      this.#stableTimer = setTimeout(() => this.#recovery?.succeeded(), STABLE_MS);
      clearInterval(this.#pingTimer);
      this.#pingTimer = setInterval(this.#ping, PING_MS);
      this.#events.ready();
    } else if (frame?.type === 'pong') {
      clearTimeout(this.#pongTimer);
    } else if (frame?.type === 'message' && frame.message && typeof frame.message === 'object') {
      this.#events.message(frame.message as Message);
    }
  }

  /** Keeps proxies from closing an idle socket; no pong in time means nobody is listening: connect again. */
  readonly #ping = (): void => {
    const socket = this.#socket;
    if (!socket) return;
    socket.send('{"type":"ping"}');
    clearTimeout(this.#pongTimer);
    this.#pongTimer = setTimeout(() => {
      if (this.#socket !== socket) return;
      this.#drop();
      this.#lost();
    }, PONG_MS);
  };

  #lost(): void {
    if (this.#stopped) return;
    this.#failures += 1;
    // one drop is a blip (a deploy, a proxy timeout); say something only when reconnecting fails too
    if (this.#failures === 2) this.#events.trouble(true);
    this.#recovery?.retry(() => this.#connect());
  }

  #drop(): void {
    clearInterval(this.#pingTimer);
    clearTimeout(this.#pongTimer);
    clearTimeout(this.#stableTimer);
    const socket = this.#socket;
    this.#socket = null;
    if (!socket) return;
    socket.onopen = socket.onmessage = socket.onerror = socket.onclose = null;
    try {
      socket.close();
    } catch {
      // already closed
    }
  }
}
