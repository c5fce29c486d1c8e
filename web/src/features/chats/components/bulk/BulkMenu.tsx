import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button } from '@/components/Button';
import { ArchiveIcon, CheckIcon, ChevronDownIcon, ChevronLeftIcon, UnreadIcon, UserIcon } from '@/components/icons';
import { Popover, usePopover } from '@/components/Popover';
import { useI18n } from '@/i18n';
import type { Category } from '@/lib/api-types';
import type { BulkAction, BulkCommand } from '../../api/bulk-chats';
import { useStageOptions, useTagOptions, useUserOptions } from '@/components/pickers/catalogue-options';
import { NOBODY } from '../../model/chat-filter';
import { PickerBody } from '@/components/pickers/PickerBody';

type View = 'menu' | 'setStage' | 'addTags' | 'removeTags' | 'assign';

interface BulkMenuProps {
  category: Category;
  pending: boolean;
  onRun: (command: BulkCommand) => void;
}

function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  event.preventDefault();
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const current = items.indexOf(document.activeElement as HTMLElement);
  const next = (current + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
  items[next]?.focus();
}

/** «Массовые действия»: what to do with the selected chats; some actions ask for a stage, tags or a user first. */
export function BulkMenu({ category, pending, onRun }: BulkMenuProps) {
  const { t } = useI18n();
  const popover = usePopover();
  const [view, setView] = useState<View>('menu');
  const [tagIds, setTagIds] = useState<string[]>([]);
  const stages = useStageOptions(view === 'setStage');
  const users = useUserOptions(view === 'assign', true);
  const tags = useTagOptions(view === 'addTags' || view === 'removeTags');
  const viewRef = useRef<HTMLDivElement>(null);

  // Moving between the menu and a picker: the focus goes along (Esc and the arrows keep working).
  useEffect(() => {
    viewRef.current?.querySelector<HTMLElement>('[data-autofocus], input, [role="option"], [role="menuitem"], button')?.focus();
  }, [view]);

  const close = () => {
    popover.close();
    setView('menu');
    setTagIds([]);
  };
  const run = (command: BulkCommand) => {
    close();
    onRun(command);
  };

  const items: { action: BulkAction; icon: ReactNode; onClick: () => void; hidden?: boolean }[] = [
    { action: 'markRead', icon: <CheckIcon />, onClick: () => run({ action: 'markRead' }) },
    { action: 'markUnread', icon: <UnreadIcon />, onClick: () => run({ action: 'markUnread' }) },
    { action: 'setStage', icon: <span className="sb-bulk__dot" />, onClick: () => setView('setStage') },
    { action: 'addTags', icon: <span className="sb-bulk__tag">#</span>, onClick: () => setView('addTags') },
    { action: 'removeTags', icon: <span className="sb-bulk__tag">#</span>, onClick: () => setView('removeTags') },
    { action: 'assign', icon: <UserIcon />, onClick: () => setView('assign') },
    { action: 'accept', icon: <CheckIcon />, onClick: () => run({ action: 'accept' }), hidden: category !== 'new' },
    { action: 'archive', icon: <ArchiveIcon />, onClick: () => run({ action: 'archive' }), hidden: category === 'archive' },
  ];

  let body: ReactNode;
  if (view === 'menu') {
    body = (
      <div role="menu" aria-label={t('bulk.menu')} className="sb-menu" onKeyDown={onMenuKeyDown}>
        {items
          .filter((item) => !item.hidden)
          .map((item) => (
            <button key={item.action} type="button" role="menuitem" className="sb-menu__item" onClick={item.onClick} data-testid={`bulk-action-${item.action}`}>
              <span className="sb-menu__icon" aria-hidden="true">
                {item.icon}
              </span>
              {t(`bulk.action.${item.action}`)}
            </button>
          ))}
      </div>
    );
  } else {
    const title = t(`bulk.action.${view}`);
    let picker: ReactNode;
    if (view === 'setStage') {
      picker = <PickerBody catalogue={stages} label={title} selected={[]} onToggle={(stageId) => run({ action: 'setStage', stageId })} optionTestId="stage-option" />;
    } else if (view === 'assign') {
      picker = (
        <PickerBody
          catalogue={users}
          label={title}
          selected={[]}
          onToggle={(userId) => run({ action: 'assign', userId: userId === NOBODY ? null : userId })}
          optionTestId="responsible-option"
        />
      );
    } else {
      const action = view;
      picker = (
        <>
          <PickerBody
            catalogue={tags}
            label={title}
            multi
            selected={tagIds}
            onToggle={(id) => setTagIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]))}
            optionTestId="tag-option"
          />
          <div className="sb-bulk__apply">
            <Button size="sm" variant="primary" disabled={tagIds.length === 0} onClick={() => run({ action, tagIds })} data-testid="bulk-apply">
              {t('bulk.apply')}
            </Button>
          </div>
        </>
      );
    }
    body = (
      <div className="sb-bulk__view">
        <div className="sb-bulk__view-head">
          <button type="button" className="sb-icon-btn" onClick={() => setView('menu')} aria-label={t('bulk.back')} title={t('bulk.back')}>
            <ChevronLeftIcon />
          </button>
          <strong>{title}</strong>
        </div>
        {picker}
      </div>
    );
  }

  return (
    <>
      <Button
        size="sm"
        variant="primary"
        loading={pending}
        onClick={popover.toggle}
        aria-haspopup="menu"
        aria-expanded={popover.open}
        data-testid="bulk-menu"
      >
        {t('bulk.menu')}
        <ChevronDownIcon size={14} />
      </Button>
      {popover.open && (
        <Popover anchor={popover.anchor} onClose={close} label={t('bulk.menu')} className="sb-popover--bulk">
          <div ref={viewRef}>{body}</div>
        </Popover>
      )}
    </>
  );
}
