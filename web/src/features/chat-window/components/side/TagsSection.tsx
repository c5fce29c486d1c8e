import { useTagOptions } from '@/components/pickers/catalogue-options';
import { PickerBody } from '@/components/pickers/PickerBody';
import { CloseIcon, PlusIcon } from '@/components/icons';
import { Popover, usePopover } from '@/components/Popover';
import { TagChip } from '@/components/TagChip';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import { errorMessage } from '@/lib/api-client';
import type { ChatRow } from '@/lib/api-types';
import { useToggleChatTag } from '../../api/toggle-chat-tag';

/** «Теги» of the chat: chips with a cross, and a picker to add (or take off) more. */
export function TagsSection({ chat }: { chat: ChatRow }) {
  const { t } = useI18n();
  const toast = useToast();
  const picker = usePopover();
  const tags = useTagOptions(picker.open);
  const toggle = useToggleChatTag(chat.id);
  const onError = (error: unknown) => toast.show(errorMessage(error, t('chats.editFailed')), 'error');
  const has = (id: string) => chat.tags.some((tag) => tag.id === id);

  const onToggle = (tagId: string) => {
    const tag = chat.tags.find((x) => x.id === tagId) ?? tags.items.find((x) => x.id === tagId);
    if (tag) toggle.mutate({ tag: { id: tag.id, name: tag.name, color: tag.color }, add: !has(tagId) }, { onError });
  };

  return (
    <section className="sb-side__section" aria-label={t('chats.col.tags')}>
      <h3 className="sb-side__title">{t('chats.col.tags')}</h3>
      <div className="sb-side__tags" data-testid="chat-tags">
        {chat.tags.map((tag) => (
          <span key={tag.id} className="sb-tag-removable" data-testid="chat-tag" data-tag-id={tag.id}>
            <TagChip tag={tag} />
            <button type="button" className="sb-tag-removable__x" onClick={() => onToggle(tag.id)} aria-label={t('side.tagRemove', { name: tag.name })} title={t('side.tagRemove', { name: tag.name })} data-testid="tag-remove">
              <CloseIcon size={10} />
            </button>
          </span>
        ))}
        <button type="button" className="sb-side__add" onClick={picker.toggle} aria-haspopup="listbox" aria-expanded={picker.open} data-testid="tag-add">
          <PlusIcon size={12} />
          {t('side.tagAdd')}
        </button>
      </div>
      {picker.open && (
        <Popover anchor={picker.anchor} onClose={picker.close} label={t('chats.col.tags')}>
          <PickerBody catalogue={tags} label={t('chats.col.tags')} selected={chat.tags.map((tag) => tag.id)} onToggle={onToggle} optionTestId="tag-option" multi />
        </Popover>
      )}
    </section>
  );
}
