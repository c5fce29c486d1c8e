import { useId, useMemo, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ErrorBanner } from '@/components/ErrorBanner';
import { Skeleton } from '@/components/Skeleton';
import { Switch } from '@/components/Switch';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import { errorMessage, fieldErrors } from '@/lib/api-client';
import type { Workspace } from '@/lib/api-types';
import { useWorkspace } from '../api/get-workspace';
import { useUpdateWorkspace } from '../api/update-workspace';

const COUNTRIES = ['RU', 'KZ', 'BY', 'UZ', 'KG', 'AM', 'GE', 'AZ', 'UA', 'TR', 'AE', 'DE', 'GB', 'US'];
const FALLBACK_ZONES = ['Europe/Kaliningrad', 'Europe/Moscow', 'Europe/Samara', 'Asia/Yekaterinburg', 'Asia/Omsk', 'Asia/Novosibirsk', 'Asia/Krasnoyarsk', 'Asia/Irkutsk', 'Asia/Yakutsk', 'Asia/Vladivostok', 'Asia/Magadan', 'Asia/Kamchatka', 'Asia/Almaty', 'Asia/Tashkent', 'Europe/Minsk', 'Europe/Istanbul', 'Asia/Dubai', 'Europe/Berlin', 'Europe/London', 'America/New_York', 'UTC'];

function timeZones(current: string): string[] {
  let zones: string[] = FALLBACK_ZONES;
  try {
    const supported = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone');
    if (supported && supported.length > 0) zones = supported;
  } catch {
    // an older browser: the usual zones
  }
  return zones.includes(current) ? zones : [current, ...zones];
}

function WorkspaceForm({ workspace }: { workspace: Workspace }) {
  const { t, locale: uiLocale } = useI18n();
  const toast = useToast();
  const formId = useId();
  const update = useUpdateWorkspace();
  const [name, setName] = useState(workspace.name);
  const [country, setCountry] = useState(workspace.country);
  const [timezone, setTimezone] = useState(workspace.timezone);
  const [locale, setLocale] = useState(workspace.locale);
  const [seeAll, setSeeAll] = useState(Boolean(workspace.operatorsSeeAllChats));
  const [autoAssign, setAutoAssign] = useState(Boolean(workspace.autoAssign));
  const [minutes, setMinutes] = useState(String(Math.round((workspace.responseTimeAlertSeconds / 60) * 10) / 10));
  const [local, setLocal] = useState<Record<string, string>>({});
  const zones = useMemo(() => timeZones(workspace.timezone), [workspace.timezone]);
  const countryName = useMemo(() => {
    try {
      const names = new Intl.DisplayNames([uiLocale], { type: 'region' });
      return (code: string) => names.of(code) ?? code;
    } catch {
      return (code: string) => code;
    }
  }, [uiLocale]);

  const server = fieldErrors(update.error);
  const errors: Record<string, string> = { ...server, ...local };
  const general = update.isError && Object.keys(server).length === 0 ? errorMessage(update.error, t('settings.saveFailed')) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!name.trim()) problems.name = t('settings.workspace.nameRequired');
    const seconds = Math.round(Number(minutes.replace(',', '.')) * 60);
    if (!Number.isFinite(seconds) || seconds < 10) problems.responseTimeAlertSeconds = t('settings.workspace.alertInvalid');
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    update.mutate(
      { name: name.trim(), country, timezone, locale, operatorsSeeAllChats: seeAll, autoAssign, responseTimeAlertSeconds: seconds },
      { onSuccess: () => toast.show(t('settings.workspace.saved'), 'success') },
    );
  };
  const touched = () => {
    if (update.isError) update.reset();
    if (Object.keys(local).length > 0) setLocal({});
  };
  const error = (key: string) =>
    errors[key] ? (
      <span className="sb-field__error" role="alert">
        {errors[key]}
      </span>
    ) : null;

  return (
    <form id={formId} className="sb-form sb-form--settings" onSubmit={submit} onChange={touched} noValidate data-testid="workspace-form">
      <label className="sb-field">
        <span className="sb-field__label">{t('settings.workspace.name')}</span>
        <input className="sb-input" name="name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} aria-invalid={errors.name ? true : undefined} />
        {error('name')}
      </label>
      <div className="sb-form__grid">
        <label className="sb-field">
          <span className="sb-field__label">{t('settings.workspace.timezone')}</span>
          <select className="sb-select" name="timezone" value={timezone} onChange={(e) => setTimezone(e.target.value)}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
          <span className="sb-field__hint">{t('settings.workspace.timezoneHint')}</span>
          {error('timezone')}
        </label>
        <label className="sb-field">
          <span className="sb-field__label">{t('settings.workspace.country')}</span>
          <select className="sb-select" name="country" value={country} onChange={(e) => setCountry(e.target.value)}>
            {(COUNTRIES.includes(country) ? COUNTRIES : [country, ...COUNTRIES]).map((code) => (
              <option key={code} value={code}>
                {countryName(code)}
              </option>
            ))}
          </select>
          <span className="sb-field__hint">{t('settings.workspace.countryHint')}</span>
          {error('country')}
        </label>
        <label className="sb-field">
          <span className="sb-field__label">{t('settings.workspace.locale')}</span>
          <select className="sb-select" name="locale" value={locale} onChange={(e) => setLocale(e.target.value)}>
            <option value="ru">Русский</option>
            <option value="en">English</option>
          </select>
          {error('locale')}
        </label>
        <label className="sb-field">
          <span className="sb-field__label">{t('settings.workspace.alert')}</span>
          <span className="sb-prefixed sb-prefixed--suffix">
            <input
              className="sb-input sb-num"
              name="responseTimeAlertMinutes"
              type="number"
              min={0.5}
              step={0.5}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              aria-invalid={errors.responseTimeAlertSeconds ? true : undefined}
              data-testid="workspace-alert"
            />
            <span className="sb-prefixed__prefix">{t('settings.workspace.minutes')}</span>
          </span>
          <span className="sb-field__hint">{t('settings.workspace.alertHint')}</span>
          {error('responseTimeAlertSeconds')}
        </label>
      </div>
      <div className="sb-field">
        <Switch name="operatorsSeeAllChats" checked={seeAll} onChange={(e) => setSeeAll(e.target.checked)} label={t('settings.workspace.seeAll')} data-testid="workspace-see-all" />
        <span className="sb-field__hint">{t('settings.workspace.seeAllHint')}</span>
      </div>
      <div className="sb-field">
        <Switch name="autoAssign" checked={autoAssign} onChange={(e) => setAutoAssign(e.target.checked)} label={t('settings.workspace.autoAssign')} data-testid="workspace-auto-assign" />
        <span className="sb-field__hint">{t('settings.workspace.autoAssignHint')}</span>
      </div>
      {general && <ErrorBanner compact title={t('settings.saveFailed')} message={general} />}
      <div>
        <Button type="submit" variant="primary" loading={update.isPending} data-testid="workspace-save">
          {t('settings.save')}
        </Button>
      </div>
    </form>
  );
}

/** The workspace: name, time zone, country (how phones are read), language, and the team rules. */
export function WorkspaceSettings() {
  const { t } = useI18n();
  const workspace = useWorkspace();
  let body;
  if (workspace.isPending) {
    body = (
      <div className="sb-form" aria-busy="true">
        <Skeleton width="60%" height={36} />
        <Skeleton width="40%" height={36} />
      </div>
    );
  } else if (workspace.isError) {
    body = <ErrorBanner title={t('settings.workspace.loadError')} error={workspace.error} onRetry={() => void workspace.refetch()} />;
  } else {
    body = <WorkspaceForm key={workspace.dataUpdatedAt} workspace={workspace.data} />;
  }
  return (
    <div className="sb-set-panel" data-testid="settings-workspace">
      <div className="sb-set-panel__intro">
        <h2 className="sb-set-panel__title">{t('settings.section.workspace')}</h2>
        <p className="sb-muted">{t('settings.workspace.intro')}</p>
      </div>
      {body}
    </div>
  );
}
