import { afterEach, describe, expect, it, vi } from 'vitest';
import { clock, dictionaries, pickLang } from './i18n';

afterEach(() => vi.restoreAllMocks());

describe('language', () => {
  it('is data-lang, else the channel locale, else the browser language', () => {
    expect(pickLang('ru', 'en')).toBe('ru');
    expect(pickLang(null, 'ru')).toBe('ru');
    expect(pickLang('de', 'en')).toBe('en');
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('ru-RU');
    expect(pickLang(null, null)).toBe('ru');
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR');
    expect(pickLang(null, undefined)).toBe('en');
  });

  it('has every word in both languages', () => {
    expect(Object.keys(dictionaries.ru).sort()).toEqual(Object.keys(dictionaries.en).sort());
  });

  it('counts unread messages with Russian plural forms', () => {
    const { unread } = dictionaries.ru;
    expect([1, 2, 5, 21, 22, 11].map(unread)).toEqual([
      '1 непрочитанное сообщение',
      '2 непрочитанных сообщения',
      '5 непрочитанных сообщений',
      '21 непрочитанное сообщение',
      '22 непрочитанных сообщения',
      '11 непрочитанных сообщений',
    ]);
    expect(dictionaries.en.unread(1)).toBe('1 unread message');
    expect(dictionaries.en.unread(3)).toBe('3 unread messages');
  });

  it('writes the time as HH:MM in the visitor’s time zone', () => {
    expect(clock(new Date(2030, 0, 1, 9, 5).toISOString())).toBe('09:05');
    expect(clock(new Date(2030, 0, 1, 21, 30).toISOString())).toBe('21:30');
    expect(clock('not a date')).toBe('');
  });
});
