import { useContext } from 'react';
import { I18nContext, type I18n } from './context';

export { I18nProvider, LOCALE_STORAGE_KEY } from './I18nProvider';
export { LOCALES, dictionaries, translate, toLocale } from './dictionaries';
export type { Locale, MessageKey, Params, Dictionary } from './dictionaries';
export type { I18n } from './context';

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() outside <I18nProvider>');
  return i18n;
}
