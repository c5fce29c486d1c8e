import { useI18n, type MessageKey } from '@/i18n';
import { SORTS, type ChatSort } from '../../model/chat-filter';

const LABELS: Record<ChatSort, MessageKey> = {
  '-lastActivity': 'chats.sort.newest',
  lastActivity: 'chats.sort.oldest',
  '-waiting': 'chats.sort.waiting',
  '-price': 'chats.sort.price',
};

export function SortSelect({ sort, onChange }: { sort: ChatSort; onChange: (sort: ChatSort) => void }) {
  const { t } = useI18n();
  return (
    <label className="sb-sort">
      <span className="sb-visually-hidden">{t('chats.sort.label')}</span>
      <select
        className="sb-select sb-sort__select"
        value={sort}
        onChange={(event) => onChange(event.target.value as ChatSort)}
        title={t('chats.sort.label')}
        data-testid="sort-select"
      >
        {SORTS.map((s) => (
          <option key={s} value={s}>
            {t(LABELS[s])}
          </option>
        ))}
      </select>
    </label>
  );
}
