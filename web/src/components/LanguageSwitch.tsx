import { LOCALES, useI18n } from '@/i18n';

const LABELS = { ru: 'RU', en: 'EN' } as const;
const NAMES = { ru: 'Русский', en: 'English' } as const;

export function LanguageSwitch({ className }: { className?: string }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className={`sb-lang${className ? ` ${className}` : ''}`} role="group" aria-label={t('nav.language')}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="sb-lang__btn"
          aria-pressed={locale === l}
          title={NAMES[l]}
          data-testid={`lang-${l}`}
          onClick={() => setLocale(l)}
        >
          {LABELS[l]}
        </button>
      ))}
    </div>
  );
}
