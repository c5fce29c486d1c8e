import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ChannelIcon } from '@/components/ChannelIcon';
import { Dialog } from '@/components/Dialog';
import { ErrorBanner } from '@/components/ErrorBanner';
import { ChevronDownIcon } from '@/components/icons';
import { useI18n } from '@/i18n';
import type { MessageKey } from '@/i18n/dictionaries';
import { errorMessage, fieldErrors } from '@/lib/api-client';
import type { Channel, ChannelType } from '@/lib/api-types';
import { useRotateChannelSecret, useSaveChannel } from '../api/save-channel';
import { CHANNEL_FORMS, CONNECTABLE, initialValues, isConnectable, settingsToSend, type ChannelField } from '../model/channel-forms';
import { ChannelSetup } from './ChannelSetup';
import { ColorPicker } from './ColorPicker';

interface ChannelDialogProps {
  /** null: connect a new channel. */
  channel: Channel | null;
  onDone: (saved: Channel | null) => void;
}

/**
 * Connect a channel (pick the platform, then its settings) or edit one. The server checks the
 * credentials with the platform; its refusal is shown as it came. A new channel then shows
 * what to set on the platform's side.
 */
export function ChannelDialog({ channel, onDone }: ChannelDialogProps) {
  const { t } = useI18n();
  const formId = useId();
  const save = useSaveChannel();
  const rotate = useRotateChannelSecret();
  const [type, setType] = useState<ChannelType | null>(channel?.type ?? null);
  const [name, setName] = useState(channel?.name ?? '');
  const [values, setValues] = useState<Record<string, string>>(() => (channel ? initialValues(channel.type, channel.settings ?? {}) : {}));
  const [advanced, setAdvanced] = useState(false);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [connected, setConnected] = useState<Channel | null>(null);
  const demo = channel?.status === 'demo';

  const pick = (next: ChannelType) => {
    setType(next);
    setValues(initialValues(next, null));
    if (!name.trim()) setName(t(`channel.${next}`));
    setLocal({});
  };
  const set = (field: string, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (local[field]) setLocal(({ [field]: _gone, ...rest }) => rest);
    if (save.isError) save.reset();
  };

  const server = fieldErrors(save.error);
  const errors: Record<string, string> = { ...server, ...local };
  const general = save.isError && Object.keys(server).length === 0 ? errorMessage(save.error, t('settings.saveFailed')) : null;
  // a long form: the platform's refusal is brought into view where it is said
  const refusalRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (general) refusalRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [general]);
  const fields = type && isConnectable(type) ? CHANNEL_FORMS[type] : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!type) return;
    const problems: Record<string, string> = {};
    if (!name.trim()) problems.name = t('settings.channels.nameRequired');
    if (!demo) {
      for (const field of fields) {
        const empty = !(values[field.name] ?? '').trim();
        if (field.required && empty && !(channel && field.secret)) problems[`settings.${field.name}`] = t('settings.channels.required');
      }
    }
    setLocal(problems);
    if (Object.keys(problems).length > 0) {
      if (fields.some((f) => f.advanced && problems[`settings.${f.name}`])) setAdvanced(true);
      return;
    }
    if (channel) {
      const settings = demo ? null : settingsToSend(type, values, channel.settings ?? {});
      save.mutate(
        { id: channel.id, name: name.trim(), ...(settings ? { settings } : {}) },
        { onSuccess: (saved) => onDone(saved) },
      );
    } else {
      save.mutate(
        { id: null, type, name: name.trim(), settings: settingsToSend(type, values, null) ?? {} },
        { onSuccess: (saved) => setConnected(saved) },
      );
    }
  };

  if (connected) {
    return (
      <Dialog
        title={t('settings.channels.connectedTitle', { name: connected.name })}
        onClose={() => onDone(connected)}
        testId="channel-dialog"
        wide
        footer={
          <Button variant="primary" onClick={() => onDone(connected)} data-testid="channel-done">
            {t('settings.channels.done')}
          </Button>
        }
      >
        {isConnectable(connected.type) && <ChannelSetup channel={connected} type={connected.type} />}
      </Dialog>
    );
  }

  const fieldError = (key: string) =>
    errors[key] ? (
      <span className="sb-field__error" role="alert" data-testid={`channel-${key.replace('settings.', '')}-error`}>
        {errors[key]}
      </span>
    ) : null;

  const label = (field: ChannelField) => t(`settings.channels.field.${field.name}` as MessageKey);
  const hint = (field: ChannelField) => (
    <span className="sb-field__hint">{t(`settings.channels.hint.${type}.${field.name}` as MessageKey)}</span>
  );
  const control = (field: ChannelField) => {
    const common = {
      name: field.name,
      value: values[field.name] ?? '',
      'aria-invalid': errors[`settings.${field.name}`] ? true : undefined,
      disabled: demo,
      'data-testid': `channel-field-${field.name}`,
    };
    if (field.kind === 'textarea' || field.kind === 'lines') {
      return <textarea className="sb-input sb-textarea" rows={field.kind === 'lines' ? 3 : 2} spellCheck={field.kind === 'textarea'} {...common} onChange={(e) => set(field.name, e.target.value)} />;
    }
    if (field.kind === 'color') {
      return <ColorPicker color={values[field.name] || '#2563eb'} label={label(field)} onChange={(c) => set(field.name, c)} testId={`channel-field-${field.name}`} />;
    }
    return (
      <input
        className="sb-input"
        type={field.secret ? 'password' : 'text'}
        {...common}
        onChange={(e) => set(field.name, e.target.value)}
        placeholder={field.secret && channel ? t('settings.channels.secretKept', { shown: String(channel.settings?.[field.name] ?? '') }) : undefined}
        autoComplete="off"
        spellCheck={false}
      />
    );
  };
  const input = (field: ChannelField) =>
    field.kind === 'checkbox' ? (
      <div key={field.name} className="sb-field">
        <label className="sb-check">
          <input
            type="checkbox"
            className="sb-checkbox"
            name={field.name}
            checked={values[field.name] === 'true'}
            onChange={(e) => set(field.name, String(e.target.checked))}
            disabled={demo}
            data-testid={`channel-field-${field.name}`}
          />
          {label(field)}
        </label>
        {hint(field)}
      </div>
    ) : (
      <label key={field.name} className="sb-field">
        <span className="sb-field__label">{label(field)}</span>
        {control(field)}
        {hint(field)}
        {fieldError(`settings.${field.name}`)}
      </label>
    );

  return (
    <Dialog
      title={channel ? t('settings.channels.editTitle', { name: channel.name }) : t('settings.channels.connectTitle')}
      onClose={() => onDone(null)}
      testId="channel-dialog"
      wide
      footer={
        type && (
          <>
            {!channel && (
              <Button onClick={() => setType(null)} data-testid="channel-back">
                {t('settings.channels.back')}
              </Button>
            )}
            <Button onClick={() => onDone(null)}>{t('common.cancel')}</Button>
            <Button type="submit" form={formId} variant="primary" loading={save.isPending} data-testid="channel-save">
              {channel ? t('settings.save') : t('settings.channels.connect')}
            </Button>
          </>
        )
      }
    >
      {!type ? (
        <div className="sb-channel-types" role="list" aria-label={t('settings.channels.pickType')} data-testid="channel-types">
          <p className="sb-muted">{t('settings.channels.pickType')}</p>
          {CONNECTABLE.map((option) => (
            <button key={option} type="button" role="listitem" className="sb-channel-type" onClick={() => pick(option)} data-testid={`channel-type-${option}`}>
              <ChannelIcon type={option} size={28} />
              <span className="sb-channel-type__name">{t(`channel.${option}`)}</span>
              <span className="sb-channel-type__what">{t(`settings.channels.what.${option}`)}</span>
            </button>
          ))}
        </div>
      ) : (
        <form id={formId} className="sb-form" onSubmit={submit} noValidate data-testid="channel-form" data-type={type}>
          {channel && !demo && isConnectable(channel.type) && <ChannelSetup channel={channel} type={channel.type} />}
          {channel && !demo && (channel.type === 'api' || channel.type === 'widget') && (
            <Button
              size="sm"
              className="sb-channel-rotate"
              loading={rotate.isPending}
              onClick={() => rotate.mutate(channel.id, { onSuccess: setConnected })}
              data-testid="channel-rotate-secret"
            >
              {t('settings.channels.rotateSecret')}
            </Button>
          )}
          {demo && <p className="sb-muted">{t('settings.channels.demoFixed')}</p>}
          <label className="sb-field">
            <span className="sb-field__label">{t('settings.channels.name')}</span>
            <input className="sb-input" name="name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} aria-invalid={errors.name ? true : undefined} data-autofocus data-testid="channel-name" />
            {fieldError('name')}
          </label>
          {!demo && fields.filter((f) => !f.advanced).map(input)}
          {!demo && fields.some((f) => f.advanced) && (
            <>
              <button type="button" className="sb-link-btn sb-channel-advanced" aria-expanded={advanced} onClick={() => setAdvanced(!advanced)} data-testid="channel-advanced">
                <ChevronDownIcon size={14} />
                {t('settings.channels.advanced')}
              </button>
              {advanced && fields.filter((f) => f.advanced).map(input)}
            </>
          )}
          {general && (
            <div ref={refusalRef} data-testid="channel-refused">
              <ErrorBanner compact title={t(channel ? 'settings.saveFailed' : 'settings.channels.connectFailed')} message={general} />
            </div>
          )}
        </form>
      )}
    </Dialog>
  );
}
