import { useClient } from '@/api/get-client';
import { useI18n } from '@/i18n';
import type { ChatDetail, ChatRow } from '@/lib/api-types';
import { useIsAdmin } from '@/lib/session';
import { BlockClient } from './BlockClient';
import { ChatSection } from './ChatSection';
import { ClientSection } from './ClientSection';
import { OtherChats } from './OtherChats';
import { TagsSection } from './TagsSection';
import { TasksSection } from './TasksSection';

/** Right of the chat: the client card, the client's other chats, the chat's fields, tasks and tags. */
export function SidePanel({ chat }: { chat: ChatRow | ChatDetail }) {
  const { t } = useI18n();
  const isAdmin = useIsAdmin();
  const card = useClient(chat.client.id);
  const client = card.data ? { ...chat.client, ...card.data } : chat.client;
  const fields = card.data?.fields ?? ('fields' in chat.client ? chat.client.fields : undefined);
  return (
    <aside className="sb-side" aria-label={t('side.label')} data-testid="side-panel">
      <ClientSection chatId={chat.id} client={client} fields={fields} />
      <OtherChats chatId={chat.id} chats={card.data?.chats} loading={card.isPending} error={card.error} onRetry={() => void card.refetch()} />
      <ChatSection chat={chat} />
      <TasksSection chatId={chat.id} />
      <TagsSection chat={chat} />
      {isAdmin && <BlockClient chat={chat} />}
    </aside>
  );
}
