import type { Contact, Message, MessageId, MessagePage, WidgetConfig } from './types';

/** A refused or failed request; `status` 0 means the server could not be reached at all. */
export class ApiError extends Error {
  readonly status: number;
  /** The problem+json `detail`: a sentence meant for the visitor. */
  readonly detail: string | null;
  /** From `Retry-After` (a 429, a paused chat's 503), in milliseconds. */
  readonly retryAfterMs: number | null;
  /** The visitor token the refused request carried: a 401 is about that visitor only. */
  token: string | null = null;

  constructor(status: number, detail: string | null = null, retryAfterMs: number | null = null) {
    super(detail ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.detail = detail;
    this.retryAfterMs = retryAfterMs;
  }
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** `Retry-After` in seconds (the form the server uses), as milliseconds. */
function retryAfter(header: string | null): number | null {
  const seconds = header ? Number(header) : NaN;
  return Number.isFinite(seconds) ? Math.max(0, seconds * 1000) : null;
}

async function toError(res: Response): Promise<ApiError> {
  let detail: string | null = null;
  try {
    const body = (await res.json()) as { detail?: unknown };
    if (typeof body?.detail === 'string' && body.detail.trim()) detail = body.detail;
  } catch {
    // not JSON: no detail to show
  }
  return new ApiError(res.status, detail, retryAfter(res.headers.get('Retry-After')));
}

type Method = 'GET' | 'POST' | 'PUT';

/** A request not answered by then counts as not reached (a hung request must not stall the outbox). */
const TIMEOUT_MS = 30_000;
const UPLOAD_TIMEOUT_MS = 120_000;

/** A signal that aborts after `ms`; `done` clears the timer of the fallback for browsers without AbortSignal.timeout. */
function deadline(ms: number): { signal: AbortSignal; done(): void } {
  if (typeof AbortSignal.timeout === 'function') return { signal: AbortSignal.timeout(ms), done: () => undefined };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  return { signal: controller.signal, done: () => clearTimeout(timer) };
}

/** Where on the site the visitor writes from, without the query and fragment (they can hold tokens or e-mails). */
function currentPage(): { url: string; title: string } {
  return { url: location.origin + location.pathname, title: document.title };
}

/** The widget's HTTP API for one channel. Never sends cookies: the visitor is known by the bearer token only. */
export class WidgetApi {
  readonly #root: string;
  readonly #token: () => string | null;
  /** The visitor whose message already carried the page: the server keeps only a chat's first one anyway. */
  #pageSentBy: string | null = null;

  constructor(base: string, channel: string, token: () => string | null) {
    this.#root = `${base}/widget/v1/${encodeURIComponent(channel)}`;
    this.#token = token;
  }

  /** The visitor token requests carry now. */
  get token(): string | null {
    return this.#token();
  }

  config(): Promise<WidgetConfig> {
    return this.#request('GET', '/config', undefined, false);
  }

  createVisitor(): Promise<{ token: string }> {
    return this.#request('POST', '/visitors', undefined, false);
  }

  /** The newest page, or everything newer than `after`, or the page before `before`. */
  messages(query: { after?: MessageId; before?: MessageId } = {}): Promise<MessagePage> {
    const params = new URLSearchParams();
    if (query.after != null) params.set('after', String(query.after));
    if (query.before != null) params.set('before', String(query.before));
    const search = params.toString();
    return this.#request('GET', search ? `/messages?${search}` : '/messages');
  }

  /** The visitor's first message of the page load takes the page along, so the inbox shows where a dialog began. */
  async send(clientId: string, text: string): Promise<Message> {
    const token = this.#token();
    const first = token !== this.#pageSentBy;
    const body = first ? { clientId, text, page: currentPage() } : { clientId, text };
    const message = await this.#request<Message>('POST', '/messages', body);
    // a first message that failed takes the page along again when it is retried
    if (first) this.#pageSentBy = token;
    return message;
  }

  upload(clientId: string, file: File): Promise<Message> {
    const form = new FormData();
    form.append('file', file, file.name);
    form.append('clientId', clientId);
    return this.#request('POST', '/files', form);
  }

  saveContact(contact: Partial<Contact>): Promise<Contact> {
    return this.#request('PUT', '/contact', contact);
  }

  markRead(upTo: MessageId): Promise<void> {
    return this.#request('POST', '/read', { upTo });
  }

  async #request<T>(method: Method, path: string, body?: unknown, authorized = true): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = authorized ? this.#token() : null;
    if (token) headers.Authorization = `Bearer ${token}`;
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const { signal, done } = deadline(body instanceof FormData ? UPLOAD_TIMEOUT_MS : TIMEOUT_MS);
    try {
      let res: Response;
      try {
        res = await fetch(this.#root + path, { method, headers, body: payload, credentials: 'omit', signal });
      } catch {
        // unreachable, or no answer in time
        throw new ApiError(0);
      }
      if (!res.ok) {
        const error = await toError(res);
        error.token = token;
        throw error;
      }
      if (res.status === 204) return undefined as T;
      try {
        return (await res.json()) as T;
      } catch {
        throw new ApiError(0);
      }
    } finally {
      done();
    }
  }
}
