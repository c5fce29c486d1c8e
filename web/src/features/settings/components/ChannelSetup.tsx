import { useI18n } from '@/i18n';
import type { Channel } from '@/lib/api-types';
import type { ConnectableType } from '../model/channel-forms';
import { CopyField } from './CopyField';

/** How the other system posts a message: the JSON and its signature. */
function ApiExample() {
  const { t } = useI18n();
  return (
    <pre className="sb-code" data-testid="api-example">
      {`POST <webhook URL>
Content-Type: application/json
X-Switchboard-Signature: sha256=<${t('settings.channels.apiSignature')}>

{"externalId": "client-42", "messageId": "m-1001", "name": "Irina", "phone": "+79123456789", "text": "Hello!"}`}
    </pre>
  );
}

/**
 * What to do on the platform's side once a channel is connected: Telegram needs nothing (the
 * hook is registered), Meta's apps and VK's Callback API need our address and a token, a site
 * needs the widget's script tag.
 */
export function ChannelSetup({ channel, type }: { channel: Channel; type: ConnectableType }) {
  const { t } = useI18n();
  const url = channel.webhookUrl ?? '';
  const settings = channel.settings ?? {};
  const steps = t(`settings.channels.setup.${type}`);
  return (
    <div className="sb-channel-setup" data-testid="channel-setup">
      <p className="sb-channel-setup__steps">{steps}</p>
      {type === 'api' && <ApiExample />}
      {type === 'widget' && (
        <>
          <CopyField label={t('settings.channels.embedSnippet')} value={channel.embedSnippet ?? ''} testId="channel-embed-snippet" />
          <a className="sb-channel-setup__try" href={`/widget/try/${channel.id}`} target="_blank" rel="noopener noreferrer" data-testid="channel-try-widget">
            {t('settings.channels.tryWidget')}
          </a>
        </>
      )}
      {channel.type !== 'telegram' && channel.type !== 'widget' && <CopyField label={t('settings.channels.webhookUrl')} value={url} testId="channel-webhook-url" />}
      {(channel.type === 'whatsapp' || channel.type === 'instagram' || channel.type === 'facebook') && (
        <CopyField label={t('settings.channels.field.verifyToken')} value={String(settings.verifyToken ?? '')} testId="channel-verify-token" />
      )}
      {channel.type === 'telegram' && (
        <p className="sb-muted" data-testid="channel-webhook-auto">
          {t('settings.channels.telegramRegistered', { bot: String(settings.botUsername ?? '') })}
        </p>
      )}
      {channel.secret && channel.type !== 'widget' && <CopyField label={t('settings.channels.secret')} value={channel.secret} testId="channel-secret" />}
    </div>
  );
}
