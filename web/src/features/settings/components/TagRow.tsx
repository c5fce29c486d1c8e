import { TrashIcon } from '@/components/icons';
import { TagChip } from '@/components/TagChip';
import { useI18n } from '@/i18n';
import type { TagItem } from '@/lib/api-types';
import type { TagChange } from '../api/update-tag';
import { ColorPicker } from './ColorPicker';
import { InlineName } from './InlineName';

interface TagRowProps {
  tag: TagItem;
  onChange: (change: TagChange) => void;
  onDelete: () => void;
}

/** One tag: colour, name (renamed in place), how it looks, how many chats, delete. */
export function TagRow({ tag, onChange, onDelete }: TagRowProps) {
  const { t, locale } = useI18n();
  return (
    <li className="sb-set-row sb-set-row--tag" data-testid="tag-row" data-tag-id={tag.id}>
      <ColorPicker color={tag.color} label={t('settings.tags.color', { name: tag.name })} onChange={(color) => onChange({ color })} testId="tag-color" />
      <span className="sb-set-row__name">
        <InlineName name={tag.name} label={t('settings.tags.rename', { name: tag.name })} maxLength={50} onSave={(name) => onChange({ name })} testId="tag-name" />
      </span>
      <span className="sb-set-row__preview">
        <TagChip tag={tag} />
      </span>
      <span className="sb-set-row__count" title={t('settings.chatsCount', { count: tag.chats })} data-testid="tag-chats">
        {new Intl.NumberFormat(locale).format(tag.chats)}
      </span>
      <span className="sb-set-row__actions">
        <button
          type="button"
          className="sb-icon-btn sb-icon-btn--danger"
          onClick={onDelete}
          aria-label={t('settings.tags.delete', { name: tag.name })}
          title={t('settings.tags.delete', { name: tag.name })}
          data-testid="tag-delete"
        >
          <TrashIcon />
        </button>
      </span>
    </li>
  );
}
