/**
 * Unsent composer text per chat (keyed by user and chat), kept while switching chats
 * for the life of the page.
 */
const drafts = new Map<string, string>();

export function getDraft(key: string): string {
  return drafts.get(key) ?? '';
}

export function setDraft(key: string, text: string): void {
  if (text.trim()) drafts.set(key, text);
  else drafts.delete(key);
}

export function clearDraft(key: string): void {
  drafts.delete(key);
}

/** Forgets every draft (tests). */
export function clearAllDrafts(): void {
  drafts.clear();
}
