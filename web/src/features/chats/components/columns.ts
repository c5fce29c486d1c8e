import type { MessageKey } from '@/i18n';

export type ColumnKey = 'client' | 'stage' | 'responseTime' | 'price' | 'tasks' | 'responsible' | 'tags' | 'source';

export interface Column {
  key: ColumnKey;
  header: MessageKey;
  track: string;
  /** Still shown when the list is narrow (a chat is open beside it). */
  compact?: string;
  align?: 'end';
}

export const COLUMNS: Column[] = [
  { key: 'client', header: 'chats.col.client', track: 'minmax(220px, 2.4fr)', compact: 'minmax(0, 1fr)' },
  { key: 'stage', header: 'chats.col.stage', track: 'minmax(110px, 1.1fr)' },
  { key: 'responseTime', header: 'chats.col.responseTime', track: 'minmax(132px, 1fr)', compact: '112px' },
  { key: 'price', header: 'chats.col.price', track: 'minmax(84px, 0.7fr)', align: 'end' },
  { key: 'tasks', header: 'chats.col.tasks', track: 'minmax(124px, 1.2fr)' },
  { key: 'responsible', header: 'chats.col.responsible', track: 'minmax(110px, 1fr)' },
  { key: 'tags', header: 'chats.col.tags', track: 'minmax(96px, 1fr)' },
  { key: 'source', header: 'chats.col.source', track: 'minmax(116px, 1fr)' },
];

export function visibleColumns(compact: boolean): { columns: Column[]; template: string } {
  const columns = compact ? COLUMNS.filter((c) => c.compact) : COLUMNS;
  return {
    columns,
    template: columns.map((c) => (compact ? c.compact : c.track)).join(' '),
  };
}
