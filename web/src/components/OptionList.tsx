import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { CheckIcon, SearchIcon } from './icons';

export interface Option {
  value: string;
  label: ReactNode;
  /** Plain text of the label: for the search box and screen readers. */
  text: string;
  /** Consecutive options of the same group get a heading. */
  group?: string;
}

interface OptionListProps {
  options: Option[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  label: string;
  /** Checkboxes (several values) rather than one choice. */
  multi?: boolean;
  /** `data-testid` of every option; `data-value` carries its value. */
  optionTestId: string;
  /** Extra `data-filter` on every option (which filter parameter it belongs to). */
  dataFilter?: string;
  /** Shows a search box when there are more options than this. */
  searchAbove?: number;
  searchPlaceholder?: string;
  groupLabel?: (group: string) => string;
  empty?: ReactNode;
}

function moveFocus(list: HTMLElement, delta: number | 'first' | 'last') {
  const options = [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  if (options.length === 0) return;
  const current = options.indexOf(document.activeElement as HTMLElement);
  let next: number;
  if (delta === 'first') next = 0;
  else if (delta === 'last') next = options.length - 1;
  else next = current < 0 ? 0 : Math.max(0, Math.min(options.length - 1, current + delta));
  options[next].focus();
}

/** A keyboard-friendly list of choices (↑/↓, Home/End, Enter or Space), with an optional search box. */
export function OptionList({
  options,
  selected,
  onToggle,
  label,
  multi = false,
  optionTestId,
  dataFilter,
  searchAbove = 8,
  searchPlaceholder,
  groupLabel,
  empty,
}: OptionListProps) {
  const [search, setSearch] = useState('');
  const searchable = Boolean(searchPlaceholder) && options.length > searchAbove;
  const visible = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase();
    return needle ? options.filter((o) => o.text.toLocaleLowerCase().includes(needle)) : options;
  }, [options, search]);

  const onListKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, number | 'first' | 'last'> = { ArrowDown: 1, ArrowUp: -1, Home: 'first', End: 'last' };
    if (event.key in keys) {
      event.preventDefault();
      moveFocus(event.currentTarget, keys[event.key]);
    }
  };

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const list = event.currentTarget.parentElement?.parentElement?.querySelector<HTMLElement>('[role="listbox"]');
    if (event.key === 'ArrowDown' && list) {
      event.preventDefault();
      moveFocus(list, 'first');
    } else if (event.key === 'Enter' && visible.length > 0) {
      event.preventDefault();
      onToggle(visible[0].value);
    }
  };

  let lastGroup: string | undefined;
  return (
    <div className="sb-options">
      {searchable && (
        <div className="sb-options__search">
          <SearchIcon className="sb-options__search-icon" />
          <input
            className="sb-options__search-input"
            type="search"
            value={search}
            placeholder={searchPlaceholder}
            aria-label={searchPlaceholder}
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={onSearchKeyDown}
            data-autofocus
          />
        </div>
      )}
      <div role="listbox" aria-label={label} aria-multiselectable={multi || undefined} className="sb-options__list" onKeyDown={onListKeyDown}>
        {visible.length === 0 && empty && <div className="sb-options__empty">{empty}</div>}
        {visible.map((option, index) => {
          const isSelected = selected.includes(option.value);
          const heading = option.group !== undefined && option.group !== lastGroup ? option.group : null;
          lastGroup = option.group;
          return (
            <div key={option.value} role="presentation">
              {heading !== null && (
                <div className="sb-options__group" role="presentation">
                  {groupLabel ? groupLabel(heading) : heading}
                </div>
              )}
              <button
                type="button"
                role="option"
                aria-selected={isSelected}
                className={`sb-option${isSelected ? ' sb-option--selected' : ''}${multi ? ' sb-option--multi' : ''}`}
                tabIndex={index === 0 ? 0 : -1}
                onClick={() => onToggle(option.value)}
                data-testid={optionTestId}
                data-value={option.value}
                data-filter={dataFilter}
                title={option.text}
              >
                <span className="sb-option__check" aria-hidden="true">
                  {isSelected && <CheckIcon size={12} />}
                </span>
                <span className="sb-option__label">{option.label}</span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
