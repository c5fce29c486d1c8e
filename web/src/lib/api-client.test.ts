import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/test/utils';
import { api, ApiError } from './api-client';

describe('api client', () => {
  it('sends the XSRF-TOKEN cookie value as X-XSRF-TOKEN on mutating requests', async () => {
    document.cookie = 'XSRF-TOKEN=abc%20123; path=/';
    const { calls } = mockFetch({ 'POST /api/v1/x': () => ({ status: 201, body: { ok: true } }) });
    await expect(api('/api/v1/x', { method: 'POST', body: { a: 1 } })).resolves.toEqual({ ok: true });
    expect(calls[0].headers['x-xsrf-token']).toBe('abc 123');
    expect(calls[0].headers['content-type']).toBe('application/json');
  });

  it('asks for a CSRF cookie first when there is none', async () => {
    const { calls } = mockFetch({
      'GET /api/v1/session/csrf': () => {
        document.cookie = 'XSRF-TOKEN=fresh; path=/';
        return { status: 204 };
      },
      'POST /api/v1/session': () => ({ body: {} }),
    });
    await api('/api/v1/session', { method: 'POST', body: {} });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /api/v1/session/csrf', 'POST /api/v1/session']);
    expect(calls[1].headers['x-xsrf-token']).toBe('fresh');
  });

  it('turns problem+json into an ApiError carrying the detail', async () => {
    mockFetch({ 'GET /api/v1/y': () => ({ status: 422, body: { status: 422, title: 'Unprocessable', detail: 'Price must be positive' } }) });
    const error = await api('/api/v1/y').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(422);
    expect((error as ApiError).message).toBe('Price must be positive');
  });
});

describe('api client CSRF refresh', () => {
  it('retries once with a fresh token after a 403 caused by a stale one', async () => {
    document.cookie = 'XSRF-TOKEN=old; path=/';
    let attempt = 0;
    const { calls } = mockFetch({
      'GET /api/v1/session/csrf': () => {
        document.cookie = 'XSRF-TOKEN=new; path=/';
        return { status: 204 };
      },
      'POST /api/v1/z': () => (++attempt === 1 ? { status: 403, body: { status: 403, title: 'Forbidden' } } : { body: { ok: 1 } }),
    });
    await expect(api('/api/v1/z', { method: 'POST' })).resolves.toEqual({ ok: 1 });
    expect(calls.filter((c) => c.url === '/api/v1/z').map((c) => c.headers['x-xsrf-token'])).toEqual(['old', 'new']);
  });
});
