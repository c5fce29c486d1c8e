import { forwardRef, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { NoteIcon, ReplyIcon, SendIcon } from '@/components/icons';
import { useI18n } from '@/i18n';
import { uuid } from '@/lib/uuid';
import { clearDraft, getDraft, setDraft } from '../stores/drafts';

export type ComposerMode = 'reply' | 'note';

export interface ComposerHandle {
  focus: () => void;
  hasText: () => boolean;
}

interface ComposerProps {
  /** Identifies the unsent draft (user + chat), restored when the chat opens again. */
  draftKey: string;
  onSend: (text: string, mode: ComposerMode, key: string) => void;
}

const MAX_HEIGHT = 200;

/** Alt+N only: not AltGr (Ctrl+Alt on Windows), Cmd, or an Option dead key on a Mac. */
function isAltN(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.key === 'Dead') return false;
  if (event.getModifierState('AltGraph')) return false;
  return event.code === 'KeyN' || event.key.toLowerCase() === 'n';
}

/** Text box at the bottom: Enter sends, Shift+Enter breaks the line, Alt+N switches reply/note. */
export const Composer = forwardRef<ComposerHandle, ComposerProps>(function Composer({ draftKey, onSend }, ref) {
  const { t } = useI18n();
  const [mode, setMode] = useState<ComposerMode>('reply');
  const [text, setTextState] = useState(() => getDraft(draftKey));
  const setText = (value: string) => {
    setTextState(value);
    setDraft(draftKey, value);
  };
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  useImperativeHandle(ref, () => ({
    focus: () => textareaRef.current?.focus(),
    hasText: () => text.trim().length > 0,
  }));

  // Grow with the text up to a limit.
  useLayoutEffect(() => {
    const el = textareaRef.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight, MAX_HEIGHT)}px`;
  }, [text]);

  const send = () => {
    const value = text.trim();
    if (!value) return;
    onSend(value, mode, uuid());
    setTextState('');
    clearDraft(draftKey);
    textareaRef.current?.focus();
  };

  const switchMode = (next: ComposerMode) => {
    setMode(next);
    textareaRef.current?.focus();
  };
  const toggleMode = () => switchMode(mode === 'reply' ? 'note' : 'reply');

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    } else if (isAltN(event)) {
      event.preventDefault();
      toggleMode();
    } else if (event.key === 'Escape' && text.trim()) {
      // Escape with a draft only leaves the box; an empty box lets Esc close the chat.
      event.preventDefault();
      event.stopPropagation();
      textareaRef.current?.blur();
    }
  };

  const note = mode === 'note';
  return (
    <form
      className={`sb-composer${note ? ' sb-composer--note' : ''}`}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
      data-mode={mode}
    >
      <div className="sb-composer__modes" role="group" aria-label={t('composer.mode')}>
        <button
          type="button"
          className="sb-composer__mode"
          aria-pressed={!note}
          onClick={() => switchMode('reply')}
        >
          <ReplyIcon size={14} />
          {t('composer.reply')}
        </button>
        <button
          type="button"
          className="sb-composer__mode sb-composer__mode--note"
          aria-pressed={note}
          onClick={toggleMode}
          title="Alt+N"
          data-testid="composer-note-toggle"
        >
          <NoteIcon size={14} />
          {t('composer.note')}
        </button>
        {note && <span className="sb-composer__banner">{t('composer.noteBanner')}</span>}
      </div>
      <div className="sb-composer__box">
        <textarea
          ref={textareaRef}
          className="sb-composer__input"
          rows={1}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder={t(note ? 'composer.placeholder.note' : 'composer.placeholder.reply')}
          aria-label={t('composer.label')}
          title={t('composer.hint')}
          data-testid="composer-input"
        />
        <button
          type="submit"
          className="sb-composer__send"
          disabled={!text.trim()}
          title={`${t(note ? 'composer.addNote' : 'composer.send')} (Enter)`}
          data-testid="composer-send"
        >
          <SendIcon size={16} />
          <span>{t(note ? 'composer.addNote' : 'composer.send')}</span>
        </button>
      </div>
      <p className="sb-composer__hint">{t('composer.hint')}</p>
    </form>
  );
});
