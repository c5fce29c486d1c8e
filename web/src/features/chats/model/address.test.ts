import { describe, expect, it } from 'vitest';
import { channels } from '@/test/fixtures';
import { addressKinds, guessKind } from './address';

describe('the address of a first message', () => {
  it('follows what the channel writes first by, or offers username and phone of a known client', () => {
    expect(addressKinds(channels[1])).toEqual(['phone']);
    expect(addressKinds(channels[0])).toEqual(['username', 'phone']);
    expect(addressKinds({ ...channels[0], type: 'api', canWriteFirst: true, writeFirstBy: ['email', 'externalId', 'phone', 'username'] })).toEqual([
      'phone',
      'username',
      'email',
      'externalId',
    ]);
  });

  it('recognises a phone in any human format, a username and an e-mail', () => {
    const all = ['phone', 'username', 'email', 'externalId'] as const;
    expect(guessKind('+7 (912) 345-67-89', all)).toBe('phone');
    expect(guessKind('89123456789', all)).toBe('phone');
    expect(guessKind('@anna_k', all)).toBe('username');
    expect(guessKind('Anna@Example.com', all)).toBe('email');
    expect(guessKind('anna_k', ['username', 'phone'])).toBe('username');
    expect(guessKind('12', all)).toBeNull();
    expect(guessKind('anna@example.com', ['phone'])).toBeNull();
  });
});
