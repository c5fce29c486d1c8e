import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Category, ChatDetail, ChatPage, ChatRow } from './api-types';
import { queryKeys } from './query-keys';

type ChatListData = InfiniteData<ChatPage, string | null>;

function time(iso: string | null | undefined): number {
  return iso ? Date.parse(iso) : 0;
}

function replaceRow(data: ChatListData, row: ChatRow): ChatListData {
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.map((item) => (item.id === row.id ? row : item)),
    })),
  };
}

/**
 * Changes a row in place in every cached list and the open chat, without moving it
 * (optimistic edits). Returns the row as it was before, for a rollback.
 */
export function patchChatRow(qc: QueryClient, chatId: string, patch: (row: ChatRow) => ChatRow): ChatRow | undefined {
  const before = findChatRow(qc, chatId) ?? qc.getQueryData<ChatDetail>(queryKeys.chat(chatId));
  for (const [key, data] of qc.getQueriesData<ChatListData>({ queryKey: queryKeys.chatLists })) {
    const old = data?.pages.flatMap((p) => p.items).find((item) => item.id === chatId);
    if (data && old) qc.setQueryData<ChatListData>(key, replaceRow(data, patch(old)));
  }
  qc.setQueryData<ChatDetail>(queryKeys.chat(chatId), (old) => (old ? { ...old, ...patch(old) } : undefined));
  return before;
}

/** Finds a chat row in any cached list (used as a placeholder when a chat opens). */
export function findChatRow(qc: QueryClient, chatId: string): ChatRow | undefined {
  for (const [, data] of qc.getQueriesData<ChatListData>({ queryKey: queryKeys.chatLists })) {
    for (const page of data?.pages ?? []) {
      const row = page.items.find((item) => item.id === chatId);
      if (row) return row;
    }
  }
  return undefined;
}

/**
 * Applies an updated chat row to every cached list: replaced in place in its own category
 * (moved to the top when its activity is newer than the current top), removed from the
 * others, inserted at the top of its own category when it is the newest there.
 * Returns whether the position in the list may be stale (the caller then refetches).
 */
export function applyChatRowToLists(qc: QueryClient, row: ChatRow): boolean {
  let positionUncertain = false;
  for (const [key, data] of qc.getQueriesData<ChatListData>({ queryKey: queryKeys.chatLists })) {
    if (!data) continue;
    const category = key[2] as Category | undefined;
    // A filtered or differently sorted list: whether the row belongs there, and where, is the server's call.
    const plain = !key[3];
    const pages = data.pages.map((page) => ({ ...page, items: page.items.filter((item) => item.id !== row.id) }));
    const wasPresent = pages.some((page, i) => page.items.length !== data.pages[i].items.length);
    if (category !== row.category) {
      if (wasPresent) qc.setQueryData<ChatListData>(key, { ...data, pages });
      continue;
    }
    const first = pages[0]?.items[0];
    const old = data.pages.flatMap((p) => p.items).find((item) => item.id === row.id);
    if (!plain) {
      if (old) qc.setQueryData<ChatListData>(key, replaceRow(data, row));
      positionUncertain = true;
    } else if (old && time(old.lastActivityAt) === time(row.lastActivityAt)) {
      // Same place: replace in place.
      qc.setQueryData<ChatListData>(key, replaceRow(data, row));
    } else if (!first || time(row.lastActivityAt) >= time(first.lastActivityAt)) {
      // Newest activity: goes on top.
      if (pages.length === 0) continue;
      pages[0] = { ...pages[0], items: [row, ...pages[0].items] };
      qc.setQueryData<ChatListData>(key, { ...data, pages });
    } else {
      if (wasPresent) qc.setQueryData<ChatListData>(key, { ...data, pages });
      positionUncertain = true;
    }
  }
  return positionUncertain;
}

/** Merges an updated row into the cached chat detail (which has more client fields). */
export function applyChatRowToDetail(qc: QueryClient, row: ChatRow): void {
  qc.setQueryData<ChatDetail>(queryKeys.chat(row.id), (old) =>
    old ? { ...old, ...row, client: { ...old.client, ...row.client } } : undefined,
  );
}

/** The latest `lastActivityAt` of any cached copy of the chat (detail or list row), or null. */
function cachedActivity(qc: QueryClient, chatId: string): number | null {
  let latest: number | null = null;
  const detail = qc.getQueryData<ChatDetail>(queryKeys.chat(chatId));
  if (detail) latest = time(detail.lastActivityAt);
  for (const [, data] of qc.getQueriesData<ChatListData>({ queryKey: queryKeys.chatLists })) {
    for (const page of data?.pages ?? []) {
      for (const item of page.items) {
        if (item.id === chatId) latest = Math.max(latest ?? 0, time(item.lastActivityAt));
      }
    }
  }
  return latest;
}

/**
 * A chat changed (own action or live event): patch every cache that shows it. A row older
 * than the cached one (e.g. a late answer after a newer live update) is ignored.
 */
export function applyChatRow(qc: QueryClient, row: ChatRow): boolean {
  const cached = cachedActivity(qc, row.id);
  if (cached !== null && time(row.lastActivityAt) < cached) return false;
  applyChatRowToDetail(qc, row);
  return applyChatRowToLists(qc, row);
}
