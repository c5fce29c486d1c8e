/**
 * The one HTTP client of the UI. Same-origin cookies, CSRF header on mutating requests,
 * RFC 9457 problem+json errors turned into {@link ApiError}.
 */

export interface ProblemDetail {
  status?: number;
  title?: string;
  detail?: string;
  errors?: { field: string; message: string }[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetail;

  constructor(status: number, problem: ProblemDetail) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
const CSRF_ENDPOINT = '/api/v1/session/csrf';

export function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      return decodeURIComponent(part.slice(eq + 1).trim());
    }
  }
  return null;
}

let csrfInFlight: Promise<void> | null = null;

/** Makes sure the XSRF-TOKEN cookie exists (asks the server once if it does not). */
export function ensureCsrf(force = false): Promise<void> {
  if (!force && readCookie(CSRF_COOKIE)) return Promise.resolve();
  csrfInFlight ??= fetch(CSRF_ENDPOINT, { method: 'GET', credentials: 'same-origin' })
    .then(() => undefined)
    .catch(() => undefined)
    .finally(() => {
      csrfInFlight = null;
    });
  return csrfInFlight;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Query parameters in this order; an array repeats its parameter (`tag=a&tag=b`). */
  query?: Record<string, QueryValue | readonly QueryValue[]>;
}

type QueryValue = string | number | null | undefined;

function buildUrl(path: string, query?: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== null && one !== undefined && one !== '') params.append(key, String(one));
    }
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function parseError(response: Response): Promise<ApiError> {
  let problem: ProblemDetail = {};
  try {
    const text = await response.text();
    if (text) {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object') problem = parsed as ProblemDetail;
    }
  } catch {
    // not JSON: keep the bare status
  }
  if (!problem.title) problem.title = response.statusText || `HTTP ${response.status}`;
  return new ApiError(response.status, problem);
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (MUTATING.has(method)) {
    const token = readCookie(CSRF_COOKIE);
    if (token) headers[CSRF_HEADER] = token;
  }
  return fetch(buildUrl(path, options.query), {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    credentials: 'same-origin',
    signal: options.signal,
  });
}

/** Calls the API and returns the parsed JSON body (or undefined for an empty answer). */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const mutating = MUTATING.has(method);
  if (mutating && !readCookie(CSRF_COOKIE)) await ensureCsrf();
  const sentToken = readCookie(CSRF_COOKIE);

  let response = await send(path, options);
  // A stale CSRF token answers 403: ask for a fresh one and, only if it differs, try once more.
  if (mutating && response.status === 403) {
    await ensureCsrf(true);
    if (readCookie(CSRF_COOKIE) !== sentToken) response = await send(path, options);
  }
  if (!response.ok) throw await parseError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** The text to show a person for any error. */
export function errorMessage(error: unknown, fallback: string): string {
  if (error instanceof ApiError) return error.problem.detail || error.problem.title || fallback;
  return fallback;
}

/**
 * The messages of a 400's `errors`, by field (`{"to.phone": "…"}`); a field's first message wins.
 * Empty for any other error.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const { field, message } of error.problem.errors ?? []) {
    if (field && !(field in out)) out[field] = message;
  }
  return out;
}
