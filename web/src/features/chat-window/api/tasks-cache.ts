import type { QueryClient } from '@tanstack/react-query';
import type { Task } from '@/lib/api-types';
import { applyChatRow } from '@/lib/chat-cache';
import { queryKeys } from '@/lib/query-keys';
import { getChat } from './get-chat';

/** The chat's task summary (the list's Tasks column) changed: fetch the chat and patch its row. */
export function refreshChatAfterTasks(qc: QueryClient, chatId: string) {
  void getChat(chatId)
    .then((chat) => {
      qc.setQueryData(queryKeys.chat(chatId), chat);
      applyChatRow(qc, chat);
    })
    .catch(() => undefined);
}

/** Open ones first, then by due time, as the server lists them. */
export function sortTasks(tasks: Task[]): Task[] {
  const due = (t: Task) => (t.dueAt ? Date.parse(t.dueAt) : Number.POSITIVE_INFINITY);
  return [...tasks].sort((a, b) => Number(a.done) - Number(b.done) || due(a) - due(b));
}
