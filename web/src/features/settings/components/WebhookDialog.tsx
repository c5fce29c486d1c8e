import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { Dialog } from '@/components/Dialog';
import { ErrorBanner } from '@/components/ErrorBanner';
import { useI18n } from '@/i18n';
import { errorMessage, fieldErrors } from '@/lib/api-client';
import type { Webhook, WebhookEvent } from '@/lib/api-types';
import { useCreateWebhook, WEBHOOK_EVENTS } from '../api/webhooks';
import { CopyField } from './CopyField';

/** Add a webhook: its URL and events; then its secret, once, with how to check a signature. */
export function WebhookDialog({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const formId = useId();
  const create = useCreateWebhook();
  const [url, setUrl] = useState('https://');
  const [events, setEvents] = useState<WebhookEvent[]>(['chat.created', 'message.created']);
  const [local, setLocal] = useState<string | null>(null);
  const [created, setCreated] = useState<Webhook | null>(null);

  if (created) {
    return (
      <Dialog
        title={t('settings.webhooks.createdTitle')}
        onClose={onDone}
        testId="webhook-dialog"
        wide
        footer={
          <Button variant="primary" onClick={onDone} data-testid="webhook-done">
            {t('settings.channels.done')}
          </Button>
        }
      >
        <div className="sb-channel-setup">
          <p className="sb-channel-setup__steps">{t('settings.webhooks.secretText')}</p>
          <CopyField label={t('settings.webhooks.secret')} value={created.secret ?? ''} testId="webhook-secret" />
        </div>
      </Dialog>
    );
  }

  const server = fieldErrors(create.error);
  const urlError = local ?? server.url ?? null;
  const general = create.isError && !server.url ? errorMessage(create.error, t('settings.saveFailed')) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^https?:\/\/[^\s/?#]+/.test(url.trim())) {
      setLocal(t('settings.webhooks.urlInvalid'));
      return;
    }
    setLocal(null);
    create.mutate({ url: url.trim(), events }, { onSuccess: setCreated });
  };
  const toggle = (event: WebhookEvent) =>
    setEvents((now) => (now.includes(event) ? now.filter((e) => e !== event) : [...now, event]));

  return (
    <Dialog
      title={t('settings.webhooks.addTitle')}
      onClose={onDone}
      testId="webhook-dialog"
      wide
      footer={
        <>
          <Button onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" loading={create.isPending} disabled={events.length === 0} data-testid="webhook-save">
            {t('settings.webhooks.add')}
          </Button>
        </>
      }
    >
      <form id={formId} className="sb-form" onSubmit={submit} noValidate data-testid="webhook-form">
        <label className="sb-field">
          <span className="sb-field__label">{t('settings.webhooks.url')}</span>
          <input
            className="sb-input"
            name="url"
            type="url"
            value={url}
            onChange={(e) => {
              setUrl(e.target.value);
              setLocal(null);
              if (create.isError) create.reset();
            }}
            aria-invalid={urlError ? true : undefined}
            data-autofocus
            data-testid="webhook-url"
          />
          <span className="sb-field__hint">{t('settings.webhooks.urlHint')}</span>
          {urlError && (
            <span className="sb-field__error" role="alert" data-testid="webhook-url-error">
              {urlError}
            </span>
          )}
        </label>
        <fieldset className="sb-field sb-fieldset">
          <legend className="sb-field__label">{t('settings.webhooks.events')}</legend>
          <div className="sb-checklist">
            {WEBHOOK_EVENTS.map((event) => (
              <label key={event} className="sb-check">
                <input type="checkbox" className="sb-checkbox" checked={events.includes(event)} onChange={() => toggle(event)} data-testid={`webhook-event-${event}`} />
                <span className="sb-mono">{event}</span>
                <span className="sb-muted">{t(`settings.webhooks.event.${event}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {general && <ErrorBanner compact title={t('settings.saveFailed')} message={general} />}
      </form>
    </Dialog>
  );
}
