import en from './en.json';
import ru from './ru.json';

export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, string>;
export type Locale = 'en' | 'ru';
export const LOCALES: readonly Locale[] = ['ru', 'en'];

// A key missing in ru.json fails the type check here (and the key-set unit test).
const ruDictionary: Dictionary = ru;
export const dictionaries: Record<Locale, Dictionary> = { en, ru: ruDictionary };

export function toLocale(value: string | null | undefined): Locale | null {
  if (!value) return null;
  const lower = value.toLowerCase();
  if (lower.startsWith('ru')) return 'ru';
  if (lower.startsWith('en')) return 'en';
  return null;
}

export type Params = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = dictionaries[locale][key] ?? dictionaries.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
