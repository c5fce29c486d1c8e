import { afterEach, describe, expect, it, vi } from 'vitest';
import { newClientId } from './outbox';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => vi.restoreAllMocks());

describe('clientId', () => {
  it('is crypto.randomUUID()', () => {
    vi.spyOn(crypto, 'randomUUID').mockReturnValue('0b7e7a5c-1f43-4d5e-9a55-3c1f0f9e2d11');
    expect(newClientId()).toBe('0b7e7a5c-1f43-4d5e-9a55-3c1f0f9e2d11');
  });

  it('is still a v4 UUID where randomUUID is missing (plain http pages)', () => {
    vi.spyOn(crypto, 'randomUUID').mockImplementation(() => {
      throw new TypeError('crypto.randomUUID is not a function');
    });
    const ids = Array.from({ length: 50 }, newClientId);
    ids.forEach((id) => expect(id).toMatch(UUID));
    expect(new Set(ids).size).toBe(50);
  });
});
