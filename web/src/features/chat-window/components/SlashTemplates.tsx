import { useId, useState, type KeyboardEvent } from 'react';
import { useTemplateSearch } from '@/api/get-templates';
import { TemplateList, useActiveIndex } from '@/components/TemplatePicker';
import { useI18n } from '@/i18n';
import type { Template } from '@/lib/api-types';
import { slashToken } from '../model/slash';

/**
 * The templates offered while "/shortcut" is typed in the composer: filtered by shortcut and
 * title as one types; ↑/↓ move, Enter or Tab picks, Esc hides the list (until the next "/").
 */
export function useSlash(text: string, caret: number, focused: boolean) {
  const token = focused ? slashToken(text, caret) : null;
  const [dismissed, setDismissed] = useState<number | null>(null);
  if (!token && dismissed !== null) setDismissed(null);
  const query = token?.query ?? '';
  const search = useTemplateSearch(query, { enabled: token !== null, match: 'shortcut' });
  const active = useActiveIndex(search.items.length, query);
  const listId = `slash-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // Typing "/" followed by something that is no shortcut (a path, a smiley) hides the list.
  const open = token !== null && token.start !== dismissed && (search.items.length > 0 || search.isPending || search.isError || (query === '' && search.none));
  const hasChoice = open && search.items.length > 0;

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>, pick: (template: Template) => void): boolean => {
    if (!open) return false;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && hasChoice && !event.altKey) {
      event.preventDefault();
      active.move(event.key === 'ArrowDown' ? 1 : -1);
      return true;
    }
    if ((event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey && hasChoice && !event.nativeEvent.isComposing) {
      event.preventDefault();
      pick(search.items[active.index]);
      return true;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing && (search.isPending || search.isError)) {
      // the list is still loading (or failed): Enter must not send "/shortcut" to the client
      event.preventDefault();
      return true;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDismissed(token?.start ?? null);
      return true;
    }
    return false;
  };

  return {
    token,
    open,
    search,
    active,
    listId,
    activeId: hasChoice ? `${listId}-${active.index}` : undefined,
    onKeyDown,
    dismiss: () => setDismissed(token?.start ?? null),
  };
}

export function SlashTemplates({ slash, onPick, pendingId }: { slash: ReturnType<typeof useSlash>; onPick: (template: Template) => void; pendingId: string | null }) {
  const { t } = useI18n();
  return (
    <div className="sb-slash">
      <div className="sb-slash__head">
        <span>{t('templates.title')}</span>
        <span className="sb-muted">{t('templates.hint')}</span>
      </div>
      <TemplateList
        search={slash.search}
        active={slash.active.index}
        onActive={slash.active.set}
        onPick={onPick}
        pendingId={pendingId}
        listId={slash.listId}
        testId="template-picker"
        emptyText={t('templates.noMatches')}
      />
    </div>
  );
}
