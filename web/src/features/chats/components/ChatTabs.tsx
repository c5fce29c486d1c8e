import { Link } from 'react-router';
import { useI18n } from '@/i18n';
import { CATEGORIES, type Category, type ChatCounts } from '@/lib/api-types';
import { formatCount } from '../model/counts';

interface ChatTabsProps {
  category: Category;
  counts: ChatCounts | undefined;
  categoryHref: (category: Category) => string;
}


export function ChatTabs({ category, counts, categoryHref }: ChatTabsProps) {
  const { t, locale } = useI18n();
  return (
    <div className="sb-tabs-bar">
      <nav className="sb-tabs" aria-label={t('chats.tabsLabel')}>
        {CATEGORIES.map((c) => {
          const active = c === category;
          return (
            <Link
              key={c}
              to={categoryHref(c)}
              className={`sb-tab${active ? ' sb-tab--active' : ''}`}
              aria-current={active ? 'page' : undefined}
              data-testid={`tab-${c}`}
              data-capped={counts?.capped?.includes(c) || undefined}
            >
              <span>{t(`chats.tab.${c}`)}</span>
              <span className={`sb-tab__count${c === 'new' && (counts?.new ?? 0) > 0 ? ' sb-tab__count--hot' : ''}`} data-testid={`tab-count-${c}`}>
                {formatCount(counts, c, locale)}
              </span>
            </Link>
          );
        })}
      </nav>
      <span
        className={`sb-unread-total${(counts?.unread ?? 0) > 0 ? ' sb-unread-total--some' : ''}`}
        data-testid="unread-total"
        title={t('chats.unread')}
      >
        <span className="sb-unread-total__dot" aria-hidden="true" />
        {t('chats.unread')}
        <strong data-testid="unread-count">{formatCount(counts, 'unread', locale)}</strong>
      </span>
    </div>
  );
}
