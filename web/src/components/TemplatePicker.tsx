import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTemplateSearch, type TemplateMatch } from '@/api/get-templates';
import { useI18n } from '@/i18n';
import type { Template } from '@/lib/api-types';
import { ErrorBanner } from './ErrorBanner';
import { SearchIcon } from './icons';
import { Spinner } from './Spinner';

/** ↑/↓ over a list whose items change as one types: the highlight goes back to the first. */
export function useActiveIndex(count: number, resetKey: string) {
  const [state, setState] = useState({ index: 0, key: resetKey });
  const index = state.key === resetKey ? Math.min(state.index, Math.max(0, count - 1)) : 0;
  const move = (delta: number) => {
    if (count === 0) return;
    setState({ index: (index + delta + count) % count, key: resetKey });
  };
  const set = (next: number) => setState({ index: next, key: resetKey });
  return { index, move, set };
}

interface TemplateListProps {
  search: ReturnType<typeof useTemplateSearch>;
  active: number;
  onActive: (index: number) => void;
  onPick: (template: Template) => void;
  /** The template being fetched after a pick. */
  pendingId?: string | null;
  listId: string;
  testId?: string;
  /** What to say when nothing matches (e.g. how to create templates). */
  emptyText: string;
}

/** The matching templates: title, shortcut and the start of the text; loading, error and empty states. */
export function TemplateList({ search, active, onActive, onPick, pendingId, listId, testId, emptyText }: TemplateListProps) {
  const { t } = useI18n();
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  let body;
  if (search.isPending) {
    body = (
      <div className="sb-tpl__state">
        <Spinner size="sm" label={t('common.loading')} />
      </div>
    );
  } else if (search.isError && search.items.length === 0) {
    body = <ErrorBanner compact title={t('templates.loadError')} error={search.error} onRetry={() => void search.refetch()} />;
  } else if (search.items.length === 0) {
    body = <div className="sb-tpl__state sb-muted">{search.none ? t('templates.none') : emptyText}</div>;
  } else {
    body = search.items.map((template, index) => (
      <div
        key={template.id}
        id={`${listId}-${index}`}
        role="option"
        aria-selected={index === active}
        className={`sb-tpl__option${index === active ? ' sb-tpl__option--active' : ''}`}
        // Keep the focus where one types: the option is chosen by click, not focused.
        onMouseDown={(event) => event.preventDefault()}
        onMouseMove={() => index !== active && onActive(index)}
        onClick={() => onPick(template)}
        data-testid="template-option"
        data-shortcut={template.shortcut ?? ''}
        data-template-id={template.id}
      >
        <span className="sb-tpl__head">
          <span className="sb-tpl__title">{template.title}</span>
          {template.personal && <span className="sb-tpl__mine">{t('templates.mine')}</span>}
          {template.shortcut && <kbd className="sb-tpl__shortcut">/{template.shortcut}</kbd>}
          {pendingId === template.id && <Spinner size="sm" />}
        </span>
        <span className="sb-tpl__text">{template.text}</span>
      </div>
    ));
  }
  return (
    <div ref={listRef} id={listId} className="sb-tpl__list" role="listbox" aria-label={t('templates.title')} data-testid={testId}>
      {body}
    </div>
  );
}

interface TemplatePickerProps {
  onPick: (template: Template) => void;
  pendingId?: string | null;
  match?: TemplateMatch;
}

/**
 * «Шаблоны» with a search box: type to filter, ↑/↓ to move, Enter to pick (Esc closes the
 * popover it sits in).
 */
export function TemplatePicker({ onPick, pendingId, match = 'all' }: TemplatePickerProps) {
  const { t } = useI18n();
  const listId = useId().replace(/:/g, '');
  const [query, setQuery] = useState('');
  const search = useTemplateSearch(query, { match });
  const active = useActiveIndex(search.items.length, query);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      active.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const template = search.items[active.index];
      if (template) onPick(template);
    }
  };

  return (
    <div className="sb-tpl" data-testid="template-picker">
      <div className="sb-tpl__search">
        <SearchIcon className="sb-tpl__search-icon" />
        <input
          className="sb-tpl__search-input"
          type="search"
          value={query}
          placeholder={t('templates.search')}
          aria-label={t('templates.search')}
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={search.items.length > 0 ? `${listId}-${active.index}` : undefined}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          data-autofocus
          data-testid="template-search"
        />
      </div>
      <TemplateList
        search={search}
        active={active.index}
        onActive={active.set}
        onPick={onPick}
        pendingId={pendingId}
        listId={listId}
        emptyText={t('templates.noMatches')}
      />
      <p className="sb-tpl__hint">{t('templates.hint')}</p>
    </div>
  );
}
