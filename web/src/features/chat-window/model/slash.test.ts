import { describe, expect, it } from 'vitest';
import { replaceRange, slashToken } from './slash';

describe('the "/" of the composer', () => {
  it('is found at the start and after a space, up to the caret', () => {
    expect(slashToken('/gre', 4)).toEqual({ start: 0, end: 4, query: 'gre' });
    expect(slashToken('Hi /', 4)).toEqual({ start: 3, end: 4, query: '' });
    expect(slashToken('Hi\n/цена', 8)).toEqual({ start: 3, end: 8, query: 'цена' });
  });

  it('is not found inside a word, a link or after the shortcut ended', () => {
    expect(slashToken('and/or', 6)).toBeNull();
    expect(slashToken('https://x.io/a', 14)).toBeNull();
    expect(slashToken('/greet now', 10)).toBeNull();
  });

  it('replaces the typed "/query" with the text and puts the caret after it', () => {
    expect(replaceRange('Hi /gr!', { start: 3, end: 6 }, 'Hello, Anna')).toEqual({ text: 'Hi Hello, Anna!', caret: 14 });
  });
});
