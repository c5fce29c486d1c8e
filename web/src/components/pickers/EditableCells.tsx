import type { MouseEvent } from 'react';
import { useEditChat } from '@/api/patch-chat';
import { useI18n } from '@/i18n';
import { NOBODY, type ChatRow } from '@/lib/api-types';
import { Avatar } from '../Avatar';
import { ChevronDownIcon } from '../icons';
import { Popover, usePopover } from '../Popover';
import { StagePill } from '../StagePill';
import { useStageOptions, useUserOptions } from './catalogue-options';
import { PickerBody } from './PickerBody';

const Dash = () => <span className="sb-muted">—</span>;

interface EditableCellProps {
  row: ChatRow;
  /** `data-testid` of the button: the chat list's cells by default. */
  testId?: string;
}

/** Opens the picker without opening the chat of the row. */
function usePickerButton() {
  const popover = usePopover();
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    event.stopPropagation();
    popover.toggle(event);
  };
  return { ...popover, onClick };
}

/** «Статус воронки» of a chat (a row of the list, the side panel of the chat): a pill that opens the stages grouped by their group. */
export function EditableStageCell({ row, testId = 'stage-cell' }: EditableCellProps) {
  const { t } = useI18n();
  const picker = usePickerButton();
  const stages = useStageOptions(picker.open);
  const edit = useEditChat();

  const choose = (stageId: string) => {
    picker.close();
    const stage = stages.items.find((s) => s.id === stageId);
    if (!stage || stageId === row.stage?.id) return;
    const next = { id: stage.id, name: stage.name, group: stage.group };
    edit.mutate({ chatId: row.id, patch: { stageId }, optimistic: (r) => ({ ...r, stage: next }) });
  };

  const label = t('chats.editStage', { stage: row.stage?.name ?? t('chats.noStage') });
  return (
    <>
      <button
        type="button"
        className="sb-edit"
        aria-haspopup="listbox"
        aria-expanded={picker.open}
        aria-label={label}
        title={label}
        onClick={picker.onClick}
        data-testid={testId}
        data-value={row.stage?.id ?? ''}
      >
        {row.stage ? <StagePill stage={row.stage} /> : <Dash />}
        <ChevronDownIcon size={12} className="sb-edit__chevron" />
      </button>
      {picker.open && (
        <Popover anchor={picker.anchor} onClose={picker.close} label={t('chats.col.stage')}>
          <PickerBody catalogue={stages} label={t('chats.col.stage')} selected={row.stage ? [row.stage.id] : []} onToggle={choose} optionTestId="stage-option" />
        </Popover>
      )}
    </>
  );
}

/** «Ответственный» in the row: the team, and "Nobody" to clear it. */
export function EditableResponsibleCell({ row, testId = 'responsible-cell' }: EditableCellProps) {
  const { t } = useI18n();
  const picker = usePickerButton();
  const users = useUserOptions(picker.open, true);
  const edit = useEditChat();

  const choose = (value: string) => {
    picker.close();
    const current = row.responsible?.id ?? NOBODY;
    if (value === current) return;
    const user = users.items.find((u) => u.id === value);
    if (value !== NOBODY && !user) return;
    const responsible = user ? { id: user.id, name: user.name } : null;
    edit.mutate({ chatId: row.id, patch: { responsibleId: responsible?.id ?? null }, optimistic: (r) => ({ ...r, responsible }) });
  };

  const label = t('chats.editResponsible', { name: row.responsible?.name ?? t('chats.nobody') });
  return (
    <>
      <button
        type="button"
        className="sb-edit sb-edit--person"
        aria-haspopup="listbox"
        aria-expanded={picker.open}
        aria-label={label}
        title={label}
        onClick={picker.onClick}
        data-testid={testId}
        data-value={row.responsible?.id ?? NOBODY}
      >
        {row.responsible ? (
          <span className="sb-person">
            <Avatar name={row.responsible.name} seed={row.responsible.id} size="xs" />
            <span className="sb-ellipsis">{row.responsible.name}</span>
          </span>
        ) : (
          <Dash />
        )}
        <ChevronDownIcon size={12} className="sb-edit__chevron" />
      </button>
      {picker.open && (
        <Popover anchor={picker.anchor} onClose={picker.close} label={t('chats.col.responsible')}>
          <PickerBody
            catalogue={users}
            label={t('chats.col.responsible')}
            selected={[row.responsible?.id ?? NOBODY]}
            onToggle={choose}
            optionTestId="responsible-option"
          />
        </Popover>
      )}
    </>
  );
}
