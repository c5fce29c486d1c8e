import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useChannels } from '@/api/get-channels';
import { Button } from '@/components/Button';
import { ChannelIcon } from '@/components/ChannelIcon';
import { Dialog } from '@/components/Dialog';
import { ErrorBanner } from '@/components/ErrorBanner';
import { SendIcon } from '@/components/icons';
import { Spinner } from '@/components/Spinner';
import { useI18n } from '@/i18n';
import { errorMessage, fieldErrors, isApiError } from '@/lib/api-client';
import type { AddressKind, ChatDetail, Template } from '@/lib/api-types';
import { useWriteFirst } from '../../api/write-first';
import { addressKinds, guessKind } from '../../model/address';
import { AddressField } from './AddressField';
import { MessageField, type ChosenPlatformTemplate } from './MessageField';

interface WriteFirstDialogProps {
  onClose: () => void;
  /** The chat the message went to: a new one, or the client's existing one on that channel. */
  onStarted: (chat: ChatDetail) => void;
}

/** Which field a 400's `errors[].field` belongs to. */
function fieldOf(name: string): 'channel' | 'address' | 'name' | 'text' | null {
  if (name === 'channelId') return 'channel';
  if (name === 'to' || name.startsWith('to.')) return 'address';
  if (name === 'clientName') return 'name';
  if (name === 'text' || name === 'templateId' || name.startsWith('platformTemplate')) return 'text';
  return null;
}

/**
 * «Написать первым»: a channel, whom to write to (a phone in any format, a username, an e-mail —
 * what the channel can write first by), an optional client name, a text or a template (on
 * WhatsApp also a template the platform approved).
 */
export function WriteFirstDialog({ onClose, onStarted }: WriteFirstDialogProps) {
  const { t } = useI18n();
  const formId = useId();
  const channels = useChannels();
  const list = channels.data ?? [];
  const [channelId, setChannelId] = useState('');
  const channel = list.find((c) => c.id === channelId) ?? list.find((c) => c.canWriteFirst) ?? list[0];
  const kinds = addressKinds(channel);
  /** Picked by the person, or else guessed from what they typed. */
  const [chosenKind, setChosenKind] = useState<AddressKind | null>(null);
  const [guessedKind, setGuessedKind] = useState<AddressKind | null>(null);
  const kind =
    (chosenKind && kinds.includes(chosenKind) ? chosenKind : null) ?? (guessedKind && kinds.includes(guessedKind) ? guessedKind : null) ?? kinds[0];
  const [address, setAddress] = useState('');
  const [clientName, setClientName] = useState('');
  const [text, setText] = useState('');
  const [template, setTemplate] = useState<Template | null>(null);
  const [chosenPlatform, setPlatform] = useState<ChosenPlatformTemplate | null>(null);
  const platformChannelId = channel?.hasPlatformTemplates || channel?.type === 'whatsapp' ? channel.id : null;
  const platform = platformChannelId ? chosenPlatform : null;
  const [local, setLocal] = useState<Partial<Record<'channel' | 'address' | 'text', string>>>({});
  const send = useWriteFirst();

  const server: Partial<Record<'channel' | 'address' | 'name' | 'text', string>> = {};
  let general: string | null = null;
  if (send.error) {
    for (const [field, message] of Object.entries(fieldErrors(send.error))) {
      const at = fieldOf(field);
      if (at && !server[at]) server[at] = message;
      else if (!at) general ??= message;
    }
    if (Object.keys(server).length === 0 && !general) {
      general = errorMessage(send.error, t('writeFirst.failed'));
    }
  }
  const errors = { ...server, ...local };
  const clearErrors = () => {
    if (send.isError) send.reset();
    if (Object.keys(local).length > 0) setLocal({});
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (send.isPending) return;
    const problems: typeof local = {};
    if (!channel) problems.channel = t('writeFirst.channelRequired');
    if (!address.trim()) problems.address = t(`writeFirst.addressRequired.${kind}`);
    if (!text.trim() && !template && !platform) problems.text = t('writeFirst.textRequired');
    send.reset();
    setLocal(problems);
    if (Object.keys(problems).length > 0 || !channel) return;
    send.mutate(
      {
        channelId: channel.id,
        to: { [kind]: address.trim() },
        ...(platform ? { platformTemplate: platform.choice, text: platform.text } : text.trim() ? { text: text.trim() } : { templateId: template!.id }),
        ...(clientName.trim() ? { clientName: clientName.trim() } : {}),
      },
      { onSuccess: (chat) => onStarted(chat) },
    );
  };

  const onTextKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  const onAddress = (value: string) => {
    setAddress(value);
    clearErrors();
    if (!chosenKind) setGuessedKind(guessKind(value, kinds));
  };

  // The channels came after the dialog opened: the address is what one types first.
  const addressRef = useRef<HTMLInputElement>(null);
  const focused = useRef(false);
  const loaded = list.length > 0;
  useEffect(() => {
    if (loaded && !focused.current) {
      focused.current = true;
      addressRef.current?.focus();
    }
  }, [loaded]);

  const typeName = channel ? t(`channel.${channel.type}` as 'channel.telegram') : '';
  let body;
  if (channels.isPending) {
    body = <Spinner label={t('common.loading')} />;
  } else if (channels.isError) {
    body = <ErrorBanner title={t('writeFirst.channelsError')} error={channels.error} onRetry={() => void channels.refetch()} />;
  } else if (list.length === 0) {
    body = <p>{t('writeFirst.noChannels')}</p>;
  } else {
    body = (
      <form id={formId} className="sb-form" onSubmit={submit} noValidate>
        <label className="sb-field">
          <span className="sb-field__label">{t('writeFirst.channel')}</span>
          <span className="sb-field__row">
            {channel && <ChannelIcon type={channel.type} size={20} title={typeName} />}
            <select
              className="sb-select"
              name="channelId"
              value={channel?.id ?? ''}
              onChange={(e) => {
                setChannelId(e.target.value);
                // Approved templates belong to one channel.
                setPlatform(null);
                setChosenKind(null);
                setGuessedKind(guessKind(address, addressKinds(list.find((c) => c.id === e.target.value))));
                clearErrors();
              }}
              aria-invalid={errors.channel ? true : undefined}
              data-testid="write-first-channel"
            >
              {list.map((c) => (
                <option key={c.id} value={c.id} data-can-write-first={c.canWriteFirst}>
                  {c.name} · {t(`channel.${c.type}` as 'channel.telegram')}
                  {c.canWriteFirst ? '' : ` — ${t('writeFirst.repliesOnly')}`}
                </option>
              ))}
            </select>
          </span>
          {errors.channel && <span className="sb-field__error" role="alert">{errors.channel}</span>}
        </label>
        {channel && !channel.canWriteFirst && (
          <p className="sb-notice" data-testid="write-first-hint">
            {t('writeFirst.cannotStart', { type: typeName })}
          </p>
        )}
        <AddressField
          ref={addressRef}
          id={`${formId}-address`}
          kinds={kinds}
          kind={kind}
          value={address}
          error={errors.address}
          onKind={setChosenKind}
          onChange={onAddress}
        />
        <label className="sb-field">
          <span className="sb-field__label">{t('writeFirst.clientName')}</span>
          <input
            className="sb-input"
            name="clientName"
            value={clientName}
            maxLength={200}
            placeholder={t('writeFirst.clientNamePlaceholder')}
            onChange={(e) => setClientName(e.target.value)}
            aria-invalid={errors.name ? true : undefined}
            data-testid="write-first-name"
          />
          {errors.name && <span className="sb-field__error" role="alert">{errors.name}</span>}
        </label>
        <MessageField
          id={`${formId}-text`}
          text={text}
          onText={(value) => {
            setText(value);
            clearErrors();
          }}
          template={template}
          onTemplate={(picked) => {
            setTemplate(picked);
            clearErrors();
          }}
          platformChannelId={platformChannelId}
          platform={platform}
          onPlatform={(picked) => {
            setPlatform(picked);
            clearErrors();
          }}
          error={errors.text}
          onKeyDown={onTextKeyDown}
        />
        {general && (
          <div data-testid="write-first-error">
            <ErrorBanner compact title={isApiError(send.error, 422) ? t('writeFirst.refused') : t('writeFirst.failed')} message={general} />
          </div>
        )}
      </form>
    );
  }

  return (
    <Dialog
      title={t('writeFirst.title')}
      onClose={onClose}
      testId="write-first-dialog"
      wide
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" icon={<SendIcon />} loading={send.isPending} disabled={!channel} data-testid="write-first-submit">
            {t('writeFirst.send')}
          </Button>
        </>
      }
    >
      {body}
    </Dialog>
  );
}
