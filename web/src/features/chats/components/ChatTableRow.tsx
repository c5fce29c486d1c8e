import { memo, type CSSProperties } from 'react';
import type { ChatRow } from '@/lib/api-types';
import {
  ClientCell,
  PriceCell,
  ResponseTimeCell,
  ResponsibleCell,
  SourceCell,
  StageCell,
  TagsCell,
  TasksCell,
} from './cells';
import type { Column, ColumnKey } from './columns';

const CELLS: Record<ColumnKey, (props: { row: ChatRow }) => React.JSX.Element> = {
  client: ClientCell,
  stage: StageCell,
  responseTime: ResponseTimeCell,
  price: PriceCell,
  tasks: TasksCell,
  responsible: ResponsibleCell,
  tags: TagsCell,
  source: SourceCell,
};

interface ChatTableRowProps {
  row: ChatRow;
  index: number;
  columns: Column[];
  open: boolean;
  cursor: boolean;
  style?: CSSProperties;
  onOpen: (chatId: string, index: number) => void;
}

export const ChatTableRow = memo(function ChatTableRow({ row, index, columns, open, cursor, style, onOpen }: ChatTableRowProps) {
  const unread = row.unreadCount > 0;
  const classes = ['sb-row'];
  if (unread) classes.push('sb-row--unread');
  if (open) classes.push('sb-row--open');
  if (cursor) classes.push('sb-row--cursor');
  return (
    <div
      role="row"
      id={`chat-row-${row.id}`}
      className={classes.join(' ')}
      style={style}
      aria-selected={open}
      aria-rowindex={index + 2}
      data-testid="chat-row"
      data-chat-id={row.id}
      data-unread={unread}
      onClick={() => onOpen(row.id, index)}
    >
      {columns.map((column) => {
        const Cell = CELLS[column.key];
        return (
          <div key={column.key} role="gridcell" className={`sb-cell sb-cell--${column.key}${column.align ? ' sb-cell--end' : ''}`}>
            <Cell row={row} />
          </div>
        );
      })}
    </div>
  );
});
