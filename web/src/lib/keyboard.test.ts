import { describe, expect, it } from 'vitest';
import { isAltLetter } from './keyboard';

function key(init: { key: string; code: string; altKey?: boolean; target?: EventTarget | null }) {
  return {
    key: init.key,
    code: init.code,
    altKey: init.altKey ?? true,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    target: init.target ?? null,
    getModifierState: () => false,
  };
}

describe('isAltLetter', () => {
  it('matches the physical key on any layout', () => {
    expect(isAltLetter(key({ key: 'ф', code: 'KeyA' }), 'a', false)).toBe(true);
    expect(isAltLetter(key({ key: 'a', code: 'KeyA', altKey: false }), 'a', false)).toBe(false);
  });

  it('on a Mac, leaves Option+letter to type its character in a text box', () => {
    const textarea = document.createElement('textarea');
    expect(isAltLetter(key({ key: 'ą', code: 'KeyA', target: textarea }), 'a', true)).toBe(false);
    expect(isAltLetter(key({ key: 'ą', code: 'KeyA', target: document.body }), 'a', true)).toBe(true);
    expect(isAltLetter(key({ key: 'ą', code: 'KeyA', target: textarea }), 'a', false)).toBe(true);
  });
});
