import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { channelsQueryOptions } from '@/api/get-channels';
import { Badge } from '@/components/Badge';
import { Button } from '@/components/Button';
import { ChannelIcon } from '@/components/ChannelIcon';
import { EmptyState } from '@/components/EmptyState';
import { ErrorBanner } from '@/components/ErrorBanner';
import { PencilIcon, PlusIcon, TrashIcon } from '@/components/icons';
import { Switch } from '@/components/Switch';
import { TimeAgo } from '@/components/TimeAgo';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import { errorMessage } from '@/lib/api-client';
import type { Channel } from '@/lib/api-types';
import { useDeleteChannel } from '../api/delete-channel';
import { useSaveChannel } from '../api/save-channel';
import { ChannelDialog } from './ChannelDialog';
import { ConfirmRemoveDialog } from './ConfirmRemoveDialog';
import { ListSkeleton } from './ListSkeleton';

function RemoveDialog({ channel, onDone }: { channel: Channel; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <ConfirmRemoveDialog
      id={channel.id}
      remove={useDeleteChannel()}
      title={t('settings.channels.removeTitle', { name: channel.name })}
      done={t('settings.channels.removed', { name: channel.name })}
      confirmLabel={t('settings.channels.remove')}
      failedTitle={t('settings.channels.removeFailed')}
      testId="remove-channel-dialog"
      confirmTestId="confirm-remove-channel"
      onDone={onDone}
    >
      <p>{t('settings.channels.removeText')}</p>
    </ConfirmRemoveDialog>
  );
}

/** Whether the platform reaches the channel: the last refused call (if newer than the last event), the last event, or none yet. */
function Health({ channel }: { channel: Channel }) {
  const { t } = useI18n();
  const problemNewer = channel.problem && channel.problemAt && (!channel.lastEventAt || channel.problemAt > channel.lastEventAt);
  if (problemNewer) {
    return (
      <span className="sb-channel-health sb-channel-health--problem" data-testid="channel-problem">
        {t('settings.channels.problem')} <TimeAgo iso={channel.problemAt!} />: {channel.problem}
      </span>
    );
  }
  if (channel.lastEventAt) {
    return (
      <span className="sb-channel-health sb-channel-health--ok" data-testid="channel-health">
        {t('settings.channels.lastEvent')} <TimeAgo iso={channel.lastEventAt} />
      </span>
    );
  }
  return (
    <span className="sb-channel-health" data-testid="channel-health">
      {t('settings.channels.noEvents')}
    </span>
  );
}

function ChannelRow({ channel, onEdit, onRemove }: { channel: Channel; onEdit: () => void; onRemove: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const save = useSaveChannel();
  const disabled = channel.status === 'disabled';
  const toggle = () =>
    save.mutate(
      { id: channel.id, status: disabled ? 'active' : 'disabled' },
      {
        onSuccess: () => toast.show(t(disabled ? 'settings.channels.enabled' : 'settings.channels.disabled', { name: channel.name }), 'success'),
        onError: (error) => toast.show(errorMessage(error, t('settings.saveFailed')), 'error'),
      },
    );
  return (
    <li className={`sb-set-row sb-set-row--channel${disabled ? ' sb-set-row--off' : ''}`} data-testid="channel-row" data-channel-id={channel.id} data-status={channel.status}>
      <ChannelIcon type={channel.type} size={28} />
      <span className="sb-channel-cell">
        <span className="sb-channel-cell__name">
          {channel.name}
          {disabled && <Badge testId="channel-disabled-badge">{t('settings.channels.statusDisabled')}</Badge>}
          {channel.status === 'demo' && <Badge tone="accent">{t('settings.channels.statusDemo')}</Badge>}
        </span>
        <span className="sb-channel-cell__meta">
          {t(`channel.${channel.type}`)}
          {channel.hasComments && <> · {t('settings.channels.withComments')}</>}
          {' · '}
          {channel.status === 'demo' ? t('settings.channels.demo') : <Health channel={channel} />}
        </span>
      </span>
      <span className="sb-set-row__actions">
        <Switch
          checked={!disabled}
          onChange={toggle}
          disabled={save.isPending}
          label={<span className="sb-visually-hidden">{t('settings.channels.enabledLabel', { name: channel.name })}</span>}
          title={t(disabled ? 'settings.channels.enable' : 'settings.channels.disable')}
          data-testid="channel-enabled"
        />
        <button type="button" className="sb-icon-btn" onClick={onEdit} aria-label={t('settings.channels.edit', { name: channel.name })} title={t('settings.channels.edit', { name: channel.name })} data-testid="channel-edit">
          <PencilIcon />
        </button>
        <button type="button" className="sb-icon-btn sb-icon-btn--danger" onClick={onRemove} aria-label={t('settings.channels.removeLabel', { name: channel.name })} title={t('settings.channels.removeLabel', { name: channel.name })} data-testid="channel-remove">
          <TrashIcon />
        </button>
      </span>
    </li>
  );
}

/** «Каналы»: the connected accounts, whether their platforms reach them; connect, edit, pause, remove. */
export function ChannelsSettings() {
  const { t } = useI18n();
  const toast = useToast();
  // kept fresh while the screen is open: setting up a hook, one waits for the platform's first call
  const channels = useQuery({ ...channelsQueryOptions(), refetchInterval: 5000 });
  const [editing, setEditing] = useState<Channel | 'new' | null>(null);
  const [removing, setRemoving] = useState<Channel | null>(null);
  const list = channels.data ?? [];

  let body;
  if (channels.isPending) {
    body = <ListSkeleton />;
  } else if (channels.isError) {
    body = <ErrorBanner title={t('settings.channels.loadError')} error={channels.error} onRetry={() => void channels.refetch()} />;
  } else if (list.length === 0) {
    body = (
      <EmptyState
        title={t('settings.channels.empty')}
        text={t('settings.channels.emptyText')}
        action={
          <Button variant="primary" icon={<PlusIcon />} onClick={() => setEditing('new')} data-testid="channel-add-empty">
            {t('settings.channels.add')}
          </Button>
        }
      />
    );
  } else {
    body = (
      <ul className="sb-set-list" aria-label={t('settings.section.channels')} data-testid="channel-list">
        {list.map((channel) => (
          <ChannelRow key={channel.id} channel={channel} onEdit={() => setEditing(channel)} onRemove={() => setRemoving(channel)} />
        ))}
      </ul>
    );
  }

  return (
    <div className="sb-set-panel sb-set-panel--wide" data-testid="settings-channels">
      <div className="sb-set-panel__head">
        <div className="sb-set-panel__intro">
          <h2 className="sb-set-panel__title">{t('settings.section.channels')}</h2>
          <p className="sb-muted">{t('settings.channels.intro')}</p>
        </div>
        {list.length > 0 && (
          <Button variant="primary" icon={<PlusIcon />} onClick={() => setEditing('new')} data-testid="channel-add">
            {t('settings.channels.add')}
          </Button>
        )}
      </div>
      {body}
      {editing && (
        <ChannelDialog
          channel={editing === 'new' ? null : editing}
          onDone={(saved) => {
            if (saved && editing !== 'new') toast.show(t('settings.channels.saved', { name: saved.name }), 'success');
            setEditing(null);
          }}
        />
      )}
      {removing && <RemoveDialog channel={removing} onDone={() => setRemoving(null)} />}
    </div>
  );
}
