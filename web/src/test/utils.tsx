import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { vi } from 'vitest';
import { ToastProvider } from '@/components/ToastProvider';
import { I18nProvider, type Locale } from '@/i18n';
import type { Me } from '@/lib/api-types';
import { SessionProvider } from '@/lib/session';
import { me as defaultMe } from './fixtures';

export function testQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

interface Options {
  me?: Me | null;
  locale?: Locale;
  route?: string;
  client?: QueryClient;
}

export function renderWithProviders(ui: ReactElement, { me = defaultMe, locale = 'en', route = '/', client = testQueryClient() }: Options = {}) {
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={client}>
        <I18nProvider initialLocale={locale}>
          <ToastProvider>
            <MemoryRouter initialEntries={[route]}>
              {me ? <SessionProvider value={me}>{children}</SessionProvider> : children}
            </MemoryRouter>
          </ToastProvider>
        </I18nProvider>
      </QueryClientProvider>
    );
  }
  return { ...render(ui, { wrapper: Wrapper }), client };
}

export interface RecordedCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

type Handler = (call: RecordedCall) => { status?: number; body?: unknown } | Promise<{ status?: number; body?: unknown }>;

/** Stubs fetch with `"METHOD /path"` handlers (path without the query string) and records every call. */
export function mockFetch(handlers: Record<string, Handler>) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const call = { method, url, headers, body };
    calls.push(call);
    const path = url.split('?')[0];
    const handler = handlers[`${method} ${path}`];
    if (!handler) return new Response(JSON.stringify({ status: 404, title: 'Not Found' }), { status: 404 });
    const { status = 200, body: answer } = await handler(call);
    const isProblem = status >= 400;
    return new Response(answer === undefined ? null : JSON.stringify(answer), {
      status,
      headers: { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

/** Shows the current path and query string (`data-testid="location"`), to check what a screen wrote into the URL. */
export function LocationProbe() {
  const location = useLocation();
  return (
    <output data-testid="location" data-search={location.search}>
      {location.pathname}
      {location.search}
    </output>
  );
}

/** The query string the probe shows, parsed. */
export function currentSearch(): URLSearchParams {
  const probe = document.querySelector('[data-testid="location"]');
  return new URLSearchParams(probe?.getAttribute('data-search') ?? '');
}

export interface UploadAnswer {
  status: number;
  body?: unknown;
  /** Progress events (0…1) sent before the answer. */
  progress?: number[];
}

/**
 * Stubs XMLHttpRequest (uploads go through it, for their progress) with a handler per posted
 * file; records every upload with its CSRF header.
 */
export function mockUploads(handler: (file: File) => UploadAnswer | Promise<UploadAnswer>) {
  const uploads: { url: string; file: File; headers: Record<string, string> }[] = [];
  class FakeXhr {
    upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    status = 0;
    statusText = '';
    responseText = '';
    withCredentials = false;
    private url = '';
    private aborted = false;
    private headers: Record<string, string> = {};
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value;
    }
    abort() {
      this.aborted = true;
      this.onabort?.();
    }
    send(form: FormData) {
      const file = form.get('file') as File;
      uploads.push({ url: this.url, file, headers: this.headers });
      void Promise.resolve(handler(file)).then((answer) => {
        if (this.aborted) return;
        for (const p of answer.progress ?? []) this.upload.onprogress?.({ lengthComputable: true, loaded: p * 100, total: 100 });
        this.status = answer.status;
        this.responseText = answer.body === undefined ? '' : JSON.stringify(answer.body);
        this.onload?.();
      });
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return { uploads };
}
