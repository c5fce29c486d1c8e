import { useEffect, useState, type KeyboardEvent } from 'react';
import { CloseIcon, SearchIcon } from '@/components/icons';
import { useI18n } from '@/i18n';

export const SEARCH_DEBOUNCE_MS = 250;

interface SearchBoxProps {
  /** The search in the URL. */
  value: string;
  onChange: (q: string) => void;
}

/** «Поиск по клиентам»: as you type (debounced into the URL); Esc or the cross clears it. */
export function SearchBox({ value, onChange }: SearchBoxProps) {
  const { t } = useI18n();
  const [text, setText] = useState(value);
  const [sent, setSent] = useState(value);
  const [seen, setSeen] = useState(value);
  // The URL changed by something else (back button, a link): show that instead.
  if (value !== seen) {
    setSeen(value);
    if (value !== sent) {
      setText(value);
      setSent(value);
    }
  }

  useEffect(() => {
    if (text === sent) return;
    const timer = setTimeout(() => {
      setSent(text);
      onChange(text);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, sent, onChange]);

  const clear = () => {
    setText('');
    setSent('');
    onChange('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && text) {
      // Only the search: the open chat and the selection stay.
      event.preventDefault();
      event.stopPropagation();
      clear();
    }
  };

  return (
    <div className="sb-search" role="search">
      <SearchIcon className="sb-search__icon" />
      <input
        className="sb-search__input"
        type="text"
        inputMode="search"
        value={text}
        placeholder={t('chats.searchPlaceholder')}
        aria-label={t('chats.searchPlaceholder')}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
        data-testid="search-input"
      />
      {text && (
        <button type="button" className="sb-search__clear" onClick={clear} aria-label={t('chats.searchClear')} title={t('chats.searchClear')} data-testid="search-clear">
          <CloseIcon size={12} />
        </button>
      )}
    </div>
  );
}
