import { Avatar } from '@/components/Avatar';
import { ChannelIcon } from '@/components/ChannelIcon';
import { TagChip } from '@/components/TagChip';
import { TimeAgo } from '@/components/TimeAgo';
import { useI18n } from '@/i18n';
import type { ChatRow } from '@/lib/api-types';
import { formatDue, formatDuration, formatMoney, formatWaiting } from '@/lib/format';
import { useSession } from '@/lib/session';
import { useNow } from '@/lib/use-now';

export const Dash = () => <span className="sb-muted">—</span>;

export function ClientCell({ row }: { row: ChatRow }) {
  const { t } = useI18n();
  const { client, lastMessage, unreadCount } = row;
  const handle = client.username ? `@${client.username}` : client.phone;
  let prefix: string | null = null;
  if (lastMessage?.direction === 'out') prefix = t('chats.you');
  else if (lastMessage?.direction === 'note') prefix = t('chats.notePrefix');
  const preview = lastMessage ? lastMessage.text?.trim() || t('chats.attachment') : t('chats.noMessages');
  return (
    <div className="sb-client">
      <Avatar name={client.name} seed={client.id} url={client.avatarUrl} size="md" />
      <div className="sb-client__main">
        <div className="sb-client__line">
          <span className="sb-client__name">{client.name}</span>
          {handle && <span className="sb-client__handle">{handle}</span>}
          {lastMessage && <TimeAgo className="sb-client__time" iso={lastMessage.at} />}
        </div>
        <div className="sb-client__line">
          <span className={`sb-client__preview${lastMessage?.direction === 'event' ? ' sb-client__preview--event' : ''}`}>
            {prefix && <span className="sb-client__prefix">{prefix} </span>}
            {preview}
          </span>
          {unreadCount > 0 && (
            <span className="sb-unread" title={t('chats.unreadCount', { count: unreadCount })} data-testid="unread-badge">
              {unreadCount > 99 ? '99+' : unreadCount}
            </span>
          )}
        </div>
      </div>
    </div>
  );
}

/**
 * While the client waits: a live "waiting 5m" counter, red past the workspace threshold.
 * Otherwise how long the last answer took.
 */
export function ResponseTimeCell({ row }: { row: ChatRow }) {
  const { t } = useI18n();
  const now = useNow();
  const { workspace } = useSession();
  if (row.awaitingReplySince) {
    const seconds = Math.max(0, (now - Date.parse(row.awaitingReplySince)) / 1000);
    const alert = seconds > workspace.responseTimeAlertSeconds;
    const duration = formatWaiting(seconds, t);
    // "waiting {duration}": the word hides in the narrow list, the tooltip keeps the sentence.
    const [prefix, suffix] = t('chats.waiting', { duration: '\u0000' }).split('\u0000').map((part) => part.trim());
    const sentence = t('chats.waiting', { duration });
    return (
      <span
        className={`sb-wait${alert ? ' sb-wait--alert' : ''}`}
        data-testid="response-time"
        data-waiting="true"
        data-alert={alert}
        title={
          alert
            ? `${sentence}. ${t('chats.waitingAlert', { duration: formatDuration(workspace.responseTimeAlertSeconds, t) })}`
            : sentence
        }
      >
        <span className="sb-wait__dot" aria-hidden="true" />
        {prefix && <span className="sb-wait__word">{prefix} </span>}
        {duration}
        {suffix && <span className="sb-wait__word"> {suffix}</span>}
      </span>
    );
  }
  const answered = row.lastResponseSeconds !== null && row.lastResponseSeconds !== undefined;
  return (
    <span
      className={answered ? 'sb-num' : 'sb-muted'}
      data-testid="response-time"
      data-waiting="false"
      data-alert="false"
      title={answered ? t('chats.answeredIn', { duration: formatDuration(row.lastResponseSeconds!, t) }) : undefined}
    >
      {answered ? formatDuration(row.lastResponseSeconds!, t) : '—'}
    </span>
  );
}

export function PriceCell({ row }: { row: ChatRow }) {
  const { locale } = useI18n();
  return row.price ? <span className="sb-num sb-price">{formatMoney(row.price, locale)}</span> : <Dash />;
}

export function TasksCell({ row }: { row: ChatRow }) {
  const i18n = useI18n();
  const now = useNow();
  const next = row.tasks?.next;
  if (!row.tasks || !next) {
    return (
      <span data-testid="task-cell" data-overdue="false">
        <Dash />
      </span>
    );
  }
  const overdue = (next.dueAt !== null && Date.parse(next.dueAt) < now) || row.tasks.overdue > 0;
  const more = row.tasks.open - 1;
  return (
    <div className={`sb-task${overdue ? ' sb-task--overdue' : ''}`} data-testid="task-cell" data-overdue={overdue}>
      <span className="sb-task__text" title={next.text}>
        {next.text}
      </span>
      <span className="sb-task__due">
        {next.dueAt && <span title={overdue ? i18n.t('chats.overdue') : undefined}>{formatDue(next.dueAt, now, i18n)}</span>}
        {more > 0 && (
          <span className="sb-task__more" title={i18n.t('chats.moreTasksTitle', { count: more })}>
            {i18n.t('chats.moreTasks', { count: more })}
          </span>
        )}
      </span>
    </div>
  );
}

export function TagsCell({ row }: { row: ChatRow }) {
  if (row.tags.length === 0) return <Dash />;
  const shown = row.tags.slice(0, 2);
  const rest = row.tags.length - shown.length;
  return (
    <span className="sb-tags" title={row.tags.map((tag) => tag.name).join(', ')}>
      {shown.map((tag) => (
        <TagChip key={tag.id} tag={tag} />
      ))}
      {rest > 0 && <span className="sb-tags__more">+{rest}</span>}
    </span>
  );
}

export function SourceCell({ row }: { row: ChatRow }) {
  const { t } = useI18n();
  const typeName = t(`channel.${row.channel.type}` as 'channel.telegram');
  return (
    <span className="sb-source" title={`${typeName}: ${row.channel.name}`}>
      <ChannelIcon type={row.channel.type} title={typeName} />
      <span className="sb-ellipsis">{row.channel.name}</span>
    </span>
  );
}
