import { describe, expect, it } from 'vitest';
import en from './en.json';
import ru from './ru.json';
import { translate } from './dictionaries';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('RU and EN have exactly the same keys', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty texts and the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), `en ${key}`).not.toBe('');
      expect(ru[key].trim(), `ru ${key}`).not.toBe('');
      expect(placeholders(ru[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('uses the wording of the reference product in Russian', () => {
    expect(ru['chats.title']).toBe('Чаты');
    expect(ru['chats.tab.new']).toBe('Новые');
    expect(ru['chats.tab.accepted']).toBe('Принятые');
    expect(ru['chats.tab.archive']).toBe('Архив');
    expect(ru['chats.col.stage']).toBe('Статус воронки');
    expect(ru['chats.col.source']).toBe('Источник');
    expect(ru['chat.accept']).toBe('Принять');
    expect(ru['chat.archive']).toBe('В архив');
  });

  it('fills placeholders', () => {
    expect(translate('en', 'chats.waiting', { duration: '5m' })).toBe('waiting 5m');
    expect(translate('ru', 'chats.waiting', { duration: '5 мин' })).toBe('ждёт 5 мин');
  });
});
