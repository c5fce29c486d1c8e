import { createContext } from 'react';
import type { Locale, MessageKey, Params } from './dictionaries';

export interface I18n {
  locale: Locale;
  /** Translate a key, replacing `{name}` placeholders. */
  t: (key: MessageKey, params?: Params) => string;
  /** Explicit choice of the person: persisted in localStorage. */
  setLocale: (locale: Locale) => void;
  /** A default (e.g. the workspace locale): applied only when the person has not chosen. */
  suggestLocale: (locale: string | null | undefined) => void;
}

export const I18nContext = createContext<I18n | null>(null);
