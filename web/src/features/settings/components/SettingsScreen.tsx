import { useEffect, type ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useI18n } from '@/i18n';
import '../settings.css';

export type SettingsSection = 'stages' | 'tags';
const SECTIONS: readonly SettingsSection[] = ['stages', 'tags'];

/** «Настройки» for owners and admins: one page per catalogue. */
export function SettingsScreen({ section, children }: { section: SettingsSection; children: ReactNode }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${t(`settings.section.${section}`)} · ${t('app.name')}`;
  }, [section, t]);
  return (
    <section className="sb-settings" aria-labelledby="settings-title">
      <header className="sb-settings__header">
        <h1 id="settings-title" className="sb-settings__title">
          {t('settings.title')}
        </h1>
        <nav className="sb-tabs" aria-label={t('settings.title')}>
          {SECTIONS.map((s) => (
            <NavLink key={s} to={`/settings/${s}`} className={({ isActive }) => `sb-tab${isActive ? ' sb-tab--active' : ''}`} data-testid={`settings-nav-${s}`}>
              {t(`settings.section.${s}`)}
            </NavLink>
          ))}
        </nav>
      </header>
      <div className="sb-settings__body">{children}</div>
    </section>
  );
}
