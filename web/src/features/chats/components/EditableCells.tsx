import type { MouseEvent } from 'react';
import { Avatar } from '@/components/Avatar';
import { ChevronDownIcon } from '@/components/icons';
import { Popover, usePopover } from '@/components/Popover';
import { StagePill } from '@/components/StagePill';
import { useI18n } from '@/i18n';
import type { ChatRow } from '@/lib/api-types';
import { useEditChat } from '../api/patch-chat';
import { useStageOptions, useUserOptions } from '../hooks/use-catalogue-options';
import { NOBODY } from '../model/chat-filter';
import { Dash } from './cells';
import { PickerBody } from './PickerBody';

/** Opens the picker without opening the chat of the row. */
function usePickerButton() {
  const popover = usePopover();
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    event.stopPropagation();
    popover.toggle(event);
  };
  return { ...popover, onClick };
}

/** «Статус воронки» in the row: a pill that opens the stages grouped by their group. */
export function EditableStageCell({ row }: { row: ChatRow }) {
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
        data-testid="stage-cell"
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
export function EditableResponsibleCell({ row }: { row: ChatRow }) {
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
        data-testid="responsible-cell"
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
