import { useId, useState, type FormEvent } from 'react';
import { useChannels } from '@/api/get-channels';
import { Button } from '@/components/Button';
import { ChannelIcon } from '@/components/ChannelIcon';
import { Dialog } from '@/components/Dialog';
import { ErrorBanner } from '@/components/ErrorBanner';
import { Spinner } from '@/components/Spinner';
import { Switch } from '@/components/Switch';
import { useI18n } from '@/i18n';
import { errorMessage, fieldErrors, isApiError } from '@/lib/api-client';
import type { TeamMember } from '@/lib/api-types';
import { useSaveUser, type UserForm } from '../api/save-user';

interface UserDialogProps {
  /** null: a new user. */
  user: TeamMember | null;
  onDone: (saved: TeamMember | null) => void;
}

const MIN_PASSWORD = 8;

/** Add or edit a user: name, e-mail, password, role, the channels they work in, the supervisor switch. */
export function UserDialog({ user, onDone }: UserDialogProps) {
  const { t } = useI18n();
  const formId = useId();
  const channels = useChannels();
  const save = useSaveUser();
  const isOwner = user?.role === 'owner';
  const [form, setForm] = useState<UserForm>({
    name: user?.name ?? '',
    email: user?.email ?? '',
    password: '',
    role: user?.role === 'admin' || user?.role === 'owner' ? 'admin' : 'operator',
    channelIds: user?.channelIds ?? [],
    supervisor: user?.supervisor ?? false,
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const set = <K extends keyof UserForm>(key: K, value: UserForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (local[key]) setLocal(({ [key]: _gone, ...rest }) => rest);
    if (save.isError) save.reset();
  };

  const server = fieldErrors(save.error);
  if (isApiError(save.error, 409)) server.email ??= errorMessage(save.error, t('settings.users.emailTaken'));
  const errors: Record<string, string> = { ...server, ...local };
  const general = save.isError && Object.keys(server).length === 0 ? errorMessage(save.error, t('settings.saveFailed')) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!form.name.trim()) problems.name = t('settings.users.nameRequired');
    if (!user && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(form.email.trim())) problems.email = t('settings.users.emailInvalid');
    if ((!user || form.password) && form.password.length < MIN_PASSWORD) problems.password = t('settings.users.passwordShort', { count: MIN_PASSWORD });
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    save.mutate(
      { id: user?.id ?? null, form: { ...form, name: form.name.trim(), email: form.email.trim() }, keepRole: isOwner },
      { onSuccess: (saved) => onDone(saved ?? null) },
    );
  };

  const toggleChannel = (id: string) => set('channelIds', form.channelIds.includes(id) ? form.channelIds.filter((c) => c !== id) : [...form.channelIds, id]);
  const error = (key: string) =>
    errors[key] ? (
      <span className="sb-field__error" role="alert" data-testid={`user-${key}-error`}>
        {errors[key]}
      </span>
    ) : null;

  return (
    <Dialog
      title={user ? t('settings.users.editTitle', { name: user.name }) : t('settings.users.addTitle')}
      onClose={() => onDone(null)}
      testId="user-dialog"
      wide
      footer={
        <>
          <Button onClick={() => onDone(null)}>{t('common.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" loading={save.isPending} data-testid="user-save">
            {user ? t('settings.save') : t('settings.users.add')}
          </Button>
        </>
      }
    >
      <form id={formId} className="sb-form" onSubmit={submit} noValidate data-testid="user-form">
        <label className="sb-field">
          <span className="sb-field__label">{t('settings.users.name')}</span>
          <input className="sb-input" name="name" value={form.name} maxLength={200} onChange={(e) => set('name', e.target.value)} aria-invalid={errors.name ? true : undefined} data-autofocus />
          {error('name')}
        </label>
        <label className="sb-field">
          <span className="sb-field__label">{t('settings.users.email')}</span>
          <input className="sb-input" name="email" type="email" value={form.email} onChange={(e) => set('email', e.target.value)} disabled={user !== null} aria-invalid={errors.email ? true : undefined} autoComplete="off" />
          {user !== null && <span className="sb-field__hint">{t('settings.users.emailFixed')}</span>}
          {error('email')}
        </label>
        <label className="sb-field">
          <span className="sb-field__label">{user ? t('settings.users.newPassword') : t('settings.users.password')}</span>
          <input
            className="sb-input"
            name="password"
            type="password"
            value={form.password}
            onChange={(e) => set('password', e.target.value)}
            placeholder={user ? t('settings.users.passwordKeep') : t('settings.users.passwordHint', { count: MIN_PASSWORD })}
            aria-invalid={errors.password ? true : undefined}
            autoComplete="new-password"
          />
          {error('password')}
        </label>
        <label className="sb-field">
          <span className="sb-field__label">{t('settings.users.role')}</span>
          {isOwner ? (
            <span className="sb-field__hint">{t('role.owner')}</span>
          ) : (
            <select className="sb-select" name="role" value={form.role} onChange={(e) => set('role', e.target.value as UserForm['role'])}>
              <option value="operator">{t('role.operator')}</option>
              <option value="admin">{t('role.admin')}</option>
            </select>
          )}
          <span className="sb-field__hint">{t(form.role === 'admin' || isOwner ? 'settings.users.adminHint' : 'settings.users.operatorHint')}</span>
          {error('role')}
        </label>
        <fieldset className="sb-field sb-fieldset">
          <legend className="sb-field__label">{t('settings.users.channels')}</legend>
          {channels.isPending ? (
            <Spinner size="sm" label={t('common.loading')} />
          ) : channels.isError ? (
            <ErrorBanner compact error={channels.error} title={t('writeFirst.channelsError')} onRetry={() => void channels.refetch()} />
          ) : (channels.data ?? []).length === 0 ? (
            <span className="sb-field__hint">{t('settings.users.noChannels')}</span>
          ) : (
            <div className="sb-checklist">
              {(channels.data ?? []).map((channel) => (
                <label key={channel.id} className="sb-check">
                  <input type="checkbox" className="sb-checkbox" name="channelIds" value={channel.id} checked={form.channelIds.includes(channel.id)} onChange={() => toggleChannel(channel.id)} data-testid="user-channel" />
                  <ChannelIcon type={channel.type} size={16} />
                  {channel.name}
                </label>
              ))}
            </div>
          )}
          {form.role !== 'operator' && <span className="sb-field__hint">{t('settings.users.adminChannels')}</span>}
          {error('channelIds')}
        </fieldset>
        <div className="sb-field">
          <Switch name="supervisor" checked={form.supervisor} onChange={(e) => set('supervisor', e.target.checked)} label={t('settings.users.supervisor')} data-testid="user-supervisor" />
          <span className="sb-field__hint">{t('settings.users.supervisorHint')}</span>
        </div>
        {general && <ErrorBanner compact title={t('settings.saveFailed')} message={general} />}
      </form>
    </Dialog>
  );
}
