import { useState } from 'react';
import { useChannels } from '@/api/get-channels';
import { useUsers } from '@/api/get-users';
import { Avatar } from '@/components/Avatar';
import { Badge } from '@/components/Badge';
import { Button } from '@/components/Button';
import { ChannelIcon } from '@/components/ChannelIcon';
import { EmptyState } from '@/components/EmptyState';
import { ErrorBanner } from '@/components/ErrorBanner';
import { PencilIcon, PlusIcon, TrashIcon } from '@/components/icons';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import type { TeamMember } from '@/lib/api-types';
import { useSession } from '@/lib/session';
import { useDeactivateUser } from '../api/deactivate-user';
import { UserDialog } from './UserDialog';
import { ConfirmRemoveDialog } from './ConfirmRemoveDialog';
import { ListSkeleton } from './ListSkeleton';

function DeactivateDialog({ user, onDone }: { user: TeamMember; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <ConfirmRemoveDialog
      id={user.id}
      remove={useDeactivateUser()}
      title={t('settings.users.deactivateTitle', { name: user.name })}
      done={t('settings.users.deactivated', { name: user.name })}
      confirmLabel={t('settings.users.deactivate')}
      failedTitle={t('settings.users.deactivateFailed')}
      testId="deactivate-user-dialog"
      confirmTestId="confirm-deactivate"
      onDone={onDone}
    >
      <p>{t('settings.users.deactivateText')}</p>
    </ConfirmRemoveDialog>
  );
}

function UserRow({ user, channelName, self, onEdit, onDeactivate }: { user: TeamMember; channelName: (id: string) => { name: string; type?: string }; self: boolean; onEdit: () => void; onDeactivate: () => void }) {
  const { t } = useI18n();
  const removable = user.role !== 'owner' && !self;
  return (
    <li className="sb-set-row sb-set-row--user" data-testid="user-row" data-user-id={user.id} data-role={user.role}>
      <Avatar name={user.name} seed={user.id} size="sm" />
      <span className="sb-user-cell">
        <span className="sb-user-cell__name">
          {user.name}
          {self && <span className="sb-muted"> {t('settings.users.you')}</span>}
        </span>
        <span className="sb-user-cell__email">{user.email}</span>
      </span>
      <span className="sb-user-cell__role">
        <Badge tone={user.role === 'operator' ? 'neutral' : 'accent'}>{t(`role.${user.role}`)}</Badge>
        {user.supervisor && (
          <Badge tone="success" testId="user-supervisor-badge">
            {t('settings.users.supervisorBadge')}
          </Badge>
        )}
      </span>
      <span className="sb-user-cell__channels" data-testid="user-channels">
        {user.role !== 'operator' ? (
          <span className="sb-muted">{t('settings.users.allChannels')}</span>
        ) : user.channelIds.length === 0 ? (
          <span className="sb-muted">{t('settings.users.noChannelsGiven')}</span>
        ) : (
          user.channelIds.map((id) => {
            const channel = channelName(id);
            return (
              <span key={id} className="sb-user-cell__channel">
                {channel.type && <ChannelIcon type={channel.type as 'telegram'} size={14} />}
                {channel.name}
              </span>
            );
          })
        )}
      </span>
      <span className="sb-set-row__actions">
        <button type="button" className="sb-icon-btn" onClick={onEdit} aria-label={t('settings.users.edit', { name: user.name })} title={t('settings.users.edit', { name: user.name })} data-testid="user-edit">
          <PencilIcon />
        </button>
        <button
          type="button"
          className="sb-icon-btn sb-icon-btn--danger"
          onClick={onDeactivate}
          disabled={!removable}
          aria-label={t('settings.users.deactivateLabel', { name: user.name })}
          title={removable ? t('settings.users.deactivateLabel', { name: user.name }) : t('settings.users.cannotDeactivate')}
          data-testid="user-deactivate"
        >
          <TrashIcon />
        </button>
      </span>
    </li>
  );
}

/** «Сотрудники»: the team with roles, channels and the supervisor mark; add, edit, deactivate. */
export function UsersSettings() {
  const { t } = useI18n();
  const toast = useToast();
  const { user: me } = useSession();
  const users = useUsers();
  const channels = useChannels();
  const [editing, setEditing] = useState<TeamMember | 'new' | null>(null);
  const [deactivating, setDeactivating] = useState<TeamMember | null>(null);
  const list = users.data ?? [];
  const channelName = (id: string) => {
    const channel = channels.data?.find((c) => c.id === id);
    return channel ? { name: channel.name, type: channel.type } : { name: t('settings.users.unknownChannel') };
  };

  let body;
  if (users.isPending) {
    body = <ListSkeleton />;
  } else if (users.isError) {
    body = <ErrorBanner title={t('settings.users.loadError')} error={users.error} onRetry={() => void users.refetch()} />;
  } else if (list.length === 0) {
    body = <EmptyState title={t('settings.users.empty')} />;
  } else {
    body = (
      <ul className="sb-set-list" aria-label={t('settings.section.users')} data-testid="user-list">
        {list.map((user) => (
          <UserRow key={user.id} user={user} channelName={channelName} self={user.id === me.id} onEdit={() => setEditing(user)} onDeactivate={() => setDeactivating(user)} />
        ))}
      </ul>
    );
  }

  return (
    <div className="sb-set-panel sb-set-panel--wide" data-testid="settings-users">
      <div className="sb-set-panel__head">
        <div className="sb-set-panel__intro">
          <h2 className="sb-set-panel__title">{t('settings.section.users')}</h2>
          <p className="sb-muted">{t('settings.users.intro')}</p>
        </div>
        <Button variant="primary" icon={<PlusIcon />} onClick={() => setEditing('new')} data-testid="user-add">
          {t('settings.users.add')}
        </Button>
      </div>
      {body}
      {editing && (
        <UserDialog
          user={editing === 'new' ? null : editing}
          onDone={(saved) => {
            if (saved) toast.show(t(editing === 'new' ? 'settings.users.added' : 'settings.users.saved', { name: saved.name }), 'success');
            setEditing(null);
          }}
        />
      )}
      {deactivating && <DeactivateDialog user={deactivating} onDone={() => setDeactivating(null)} />}
    </div>
  );
}
