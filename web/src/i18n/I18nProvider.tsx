import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nContext, type I18n } from './context';
import { toLocale, translate, type Locale } from './dictionaries';

export const LOCALE_STORAGE_KEY = 'switchboard.locale';

function storedLocale(): Locale | null {
  try {
    return toLocale(localStorage.getItem(LOCALE_STORAGE_KEY));
  } catch {
    return null;
  }
}

function browserLocale(): Locale {
  const languages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const language of languages) {
    const locale = toLocale(language);
    if (locale) return locale;
  }
  return 'en';
}

export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? storedLocale() ?? browserLocale());

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // storage unavailable: keep it for this page only
    }
    setLocaleState(next);
  }, []);

  const suggestLocale = useCallback((value: string | null | undefined) => {
    const suggested = toLocale(value);
    if (suggested && !storedLocale()) setLocaleState(suggested);
  }, []);

  const value = useMemo<I18n>(
    () => ({ locale, t: (key, params) => translate(locale, key, params), setLocale, suggestLocale }),
    [locale, setLocale, suggestLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
