import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useI18n } from '@/i18n';
import '../settings.css';

export type SettingsSection = 'channels' | 'stages' | 'tags' | 'templates' | 'users' | 'stoplist' | 'api' | 'workspace';
export const ADMIN_SECTIONS: readonly SettingsSection[] = ['channels', 'stages', 'tags', 'templates', 'users', 'stoplist', 'api', 'workspace'];
/** Operators keep only their own templates. */
export const OPERATOR_SECTIONS: readonly SettingsSection[] = ['templates'];

/** «Настройки»: one page per catalogue; operators see only their templates. */
export function SettingsScreen({ section, admin, children }: { section: SettingsSection; admin: boolean; children: ReactNode }) {
  const { t } = useI18n();
  const sections = admin ? ADMIN_SECTIONS : OPERATOR_SECTIONS;
  return (
    <section className="sb-settings" aria-labelledby="settings-title" data-section={section}>
      <header className="sb-settings__header">
        <h1 id="settings-title" className="sb-settings__title">
          {t('settings.title')}
        </h1>
        <nav className="sb-tabs" aria-label={t('settings.title')}>
          {sections.map((s) => (
            <NavLink key={s} to={`/settings/${s}`} className={({ isActive }) => `sb-tab${isActive ? ' sb-tab--active' : ''}`} data-testid={`settings-nav-${s}`}>
              {admin || s !== 'templates' ? t(`settings.section.${s}`) : t('settings.templates.mine')}
            </NavLink>
          ))}
        </nav>
      </header>
      <div className="sb-settings__body">{children}</div>
    </section>
  );
}
