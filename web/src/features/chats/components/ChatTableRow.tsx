import { memo, type CSSProperties } from 'react';
import { useI18n } from '@/i18n';
import type { ChatRow } from '@/lib/api-types';
import { ClientCell, PriceCell, ResponseTimeCell, SourceCell, TagsCell, TasksCell } from './cells';
import type { Column, ColumnKey } from './columns';
import { EditableResponsibleCell, EditableStageCell } from '@/components/pickers/EditableCells';

const CELLS: Record<ColumnKey, (props: { row: ChatRow }) => React.JSX.Element> = {
  client: ClientCell,
  stage: EditableStageCell,
  responseTime: ResponseTimeCell,
  price: PriceCell,
  tasks: TasksCell,
  responsible: EditableResponsibleCell,
  tags: TagsCell,
  source: SourceCell,
};

interface ChatTableRowProps {
  row: ChatRow;
  index: number;
  columns: Column[];
  open: boolean;
  cursor: boolean;
  selected: boolean;
  style?: CSSProperties;
  onOpen: (chatId: string, index: number) => void;
  /** `range`: Shift was held (select every row from the previous one). */
  onToggleSelect: (chatId: string, range: boolean) => void;
}

/** The row's checkbox; its clicks never open the chat. */
function RowSelect({ row, selected, onToggle }: { row: ChatRow; selected: boolean; onToggle: (chatId: string, range: boolean) => void }) {
  const { t } = useI18n();
  return (
    <label className="sb-select-box" onClick={(event) => event.stopPropagation()}>
      <input
        type="checkbox"
        className="sb-checkbox"
        checked={selected}
        onChange={(event) => onToggle(row.id, (event.nativeEvent as MouseEvent).shiftKey === true)}
        aria-label={t('chats.selectRow', { name: row.client.name })}
        data-testid="row-select"
      />
    </label>
  );
}

export const ChatTableRow = memo(function ChatTableRow({
  row,
  index,
  columns,
  open,
  cursor,
  selected,
  style,
  onOpen,
  onToggleSelect,
}: ChatTableRowProps) {
  const unread = row.unreadCount > 0;
  const classes = ['sb-row'];
  if (unread) classes.push('sb-row--unread');
  if (open) classes.push('sb-row--open');
  if (cursor) classes.push('sb-row--cursor');
  if (selected) classes.push('sb-row--selected');
  return (
    <div
      role="row"
      id={`chat-row-${row.id}`}
      className={classes.join(' ')}
      style={style}
      aria-selected={open || selected}
      aria-rowindex={index + 2}
      data-testid="chat-row"
      data-chat-id={row.id}
      data-unread={unread}
      data-selected={selected}
      onClick={() => onOpen(row.id, index)}
    >
      {columns.map((column) => {
        const Cell = CELLS[column.key];
        return (
          <div key={column.key} role="gridcell" className={`sb-cell sb-cell--${column.key}${column.align ? ' sb-cell--end' : ''}`}>
            {column.key === 'client' ? (
              <div className="sb-cell__with-select">
                <RowSelect row={row} selected={selected} onToggle={onToggleSelect} />
                <Cell row={row} />
              </div>
            ) : (
              <Cell row={row} />
            )}
          </div>
        );
      })}
    </div>
  );
});
