import {
  forwardRef,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { NoteIcon, PaperclipIcon, ReplyIcon, SendIcon, TemplateIcon } from '@/components/icons';
import { Popover, usePopover } from '@/components/Popover';
import { TemplatePicker } from '@/components/TemplatePicker';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import type { Attachment, Template } from '@/lib/api-types';
import { isAltLetter } from '@/lib/keyboard';
import { uuid } from '@/lib/uuid';
import { useTemplateInsert } from '../hooks/use-template-insert';
import { useUploads } from '../hooks/use-uploads';
import { clearDraft, getDraft, setDraft } from '../stores/drafts';
import { AttachmentChips } from './AttachmentChips';
import { SlashTemplates, useSlash } from './SlashTemplates';

export type ComposerMode = 'reply' | 'note';

export interface ComposerHandle {
  focus: () => void;
  /** Something typed or attached that Esc should not throw away. */
  hasText: () => boolean;
  /** Files dropped on the chat window: attached in reply mode; false when they cannot be. */
  addFiles: (files: File[]) => boolean;
}

export interface OutgoingMessage {
  text: string;
  mode: ComposerMode;
  /** Idempotency key of the send. */
  key: string;
  attachments: Attachment[];
}

interface ComposerProps {
  chatId: string;
  /** Identifies the unsent draft (user + chat), restored when the chat opens again. */
  draftKey: string;
  onSend: (message: OutgoingMessage) => void;
  onModeChange?: (mode: ComposerMode) => void;
  /** A plain reply would be refused (the platform's window closed): only notes can be written. */
  replyLocked?: boolean;
  /** Where a reply goes (comment chats), shown above the box in reply mode. */
  replyTarget?: ReactNode;
  /** Why files cannot go with this reply (a public answer under a comment); files stay attached for later. */
  filesBlocked?: string;
}

const MAX_HEIGHT = 200;

/**
 * Text box at the bottom: Enter sends, Shift+Enter breaks the line, Alt+N switches reply/note,
 * "/" at the start or after a space offers the templates, files attach by the paperclip, by
 * pasting or by dropping them on the chat.
 */
export const Composer = forwardRef<ComposerHandle, ComposerProps>(function Composer({ chatId, draftKey, onSend, onModeChange, replyLocked = false, replyTarget, filesBlocked }, ref) {
  const { t } = useI18n();
  const toast = useToast();
  const [mode, setModeState] = useState<ComposerMode>('reply');
  const [text, setTextState] = useState(() => getDraft(draftKey));
  const [caret, setCaret] = useState(() => getDraft(draftKey).length);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const caretAfterRender = useRef<number | null>(null);
  const [focused, setFocused] = useState(false);
  const hintId = useId();

  const uploads = useUploads({ tooLarge: t('composer.fileTooLarge'), failed: t('composer.uploadFailed'), offline: t('common.networkError') });
  const picker = usePopover();
  /** Where a template from the button goes: the selection when the picker opened. */
  const pickerRange = useRef({ start: 0, end: 0 });
  const slash = useSlash(text, caret, focused);
  const templates = useTemplateInsert(chatId, text, (next, nextCaret) => {
    caretAfterRender.current = nextCaret;
    setText(next, nextCaret);
  });

  const setText = (value: string, nextCaret?: number) => {
    setTextState(value);
    setDraft(draftKey, value);
    setCaret(nextCaret ?? value.length);
  };

  const note = mode === 'note' || replyLocked;
  const canAttach = !note && !filesBlocked;

  useImperativeHandle(ref, () => ({
    focus: () => textareaRef.current?.focus(),
    hasText: () => text.trim().length > 0 || (!note && uploads.uploads.length > 0),
    addFiles: (files) => {
      if (!canAttach || files.length === 0) return false;
      uploads.add(files);
      textareaRef.current?.focus();
      return true;
    },
  }));

  // Grow with the text up to a limit; put the caret where an insert asked for it.
  useLayoutEffect(() => {
    const el = textareaRef.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight, MAX_HEIGHT)}px`;
    if (caretAfterRender.current !== null) {
      el.focus();
      el.setSelectionRange(caretAfterRender.current, caretAfterRender.current);
      caretAfterRender.current = null;
    }
  }, [text]);

  const readyFiles = canAttach ? uploads.ready : [];
  const uploading = canAttach && uploads.busy;
  const canSend = (text.trim().length > 0 || readyFiles.length > 0) && !uploading;

  const send = () => {
    if (!canSend) return;
    onSend({ text: text.trim(), mode: note ? 'note' : 'reply', key: uuid(), attachments: readyFiles });
    setTextState('');
    setCaret(0);
    clearDraft(draftKey);
    if (canAttach) uploads.clear();
    textareaRef.current?.focus();
  };

  const switchMode = (next: ComposerMode) => {
    setModeState(next);
    onModeChange?.(next);
    textareaRef.current?.focus();
  };
  const toggleMode = () => {
    if (!replyLocked) switchMode(mode === 'reply' ? 'note' : 'reply');
  };

  const pickFromSlash = (template: Template) => {
    const token = slash.token;
    if (!token) return;
    slash.dismiss();
    void templates.insert(template, token, text.slice(token.start, token.end));
  };

  const pickFromButton = (template: Template) => {
    picker.close();
    void templates.insert(template, pickerRange.current);
  };

  const openPicker = (event: { currentTarget: HTMLButtonElement }) => {
    const el = textareaRef.current;
    pickerRange.current = el ? { start: el.selectionStart, end: el.selectionEnd } : { start: text.length, end: text.length };
    picker.toggle(event);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (slash.onKeyDown(event, pickFromSlash)) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    } else if (isAltLetter(event, 'n')) {
      event.preventDefault();
      toggleMode();
    } else if (event.key === 'Escape' && text.trim()) {
      // Escape with a draft only leaves the box; an empty box lets Esc close the chat.
      event.preventDefault();
      event.stopPropagation();
      textareaRef.current?.blur();
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const files = [...event.clipboardData.files];
    if (files.length === 0) return;
    event.preventDefault();
    if (canAttach) uploads.add(files);
    else toast.show(filesBlocked && !note ? filesBlocked : t('composer.noFilesInNote'), 'info');
  };

  const sendLabel = t(note ? 'composer.addNote' : 'composer.send');
  return (
    <form
      className={`sb-composer${note ? ' sb-composer--note' : ''}`}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
      data-mode={note ? 'note' : 'reply'}
      data-reply-locked={replyLocked || undefined}
      data-testid="composer"
    >
      {slash.open && <SlashTemplates slash={slash} onPick={pickFromSlash} pendingId={templates.pendingId} />}
      <div className="sb-composer__modes" role="group" aria-label={t('composer.mode')}>
        <button
          type="button"
          className="sb-composer__mode"
          aria-pressed={!note}
          disabled={replyLocked}
          title={replyLocked ? t('composer.replyLocked') : undefined}
          onClick={() => switchMode('reply')}
          data-testid="composer-reply-toggle"
        >
          <ReplyIcon size={14} />
          {t('composer.reply')}
        </button>
        <button
          type="button"
          className="sb-composer__mode sb-composer__mode--note"
          aria-pressed={note}
          onClick={toggleMode}
          title={`${t('composer.noteHint')} (Alt+N)`}
          data-testid="composer-note-toggle"
        >
          <NoteIcon size={14} />
          {t('composer.note')}
        </button>
        {note && (
          <span className="sb-composer__banner" role="status" data-testid="note-banner">
            {t('composer.noteBanner')}
          </span>
        )}
      </div>
      {!note && replyTarget}
      {canAttach && <AttachmentChips uploads={uploads.uploads} onRemove={uploads.remove} />}
      <div className="sb-composer__box">
        {!note && (
          <button
            type="button"
            className="sb-composer__tool"
            onClick={() => fileInputRef.current?.click()}
            disabled={!canAttach}
            aria-label={t('composer.attach')}
            title={canAttach ? t('composer.attachHint') : filesBlocked}
            data-testid="attach-button"
          >
            <PaperclipIcon size={18} />
          </button>
        )}
        <button
          type="button"
          className="sb-composer__tool"
          onClick={openPicker}
          aria-haspopup="dialog"
          aria-expanded={picker.open}
          aria-label={t('templates.title')}
          title={t('composer.templatesHint')}
          data-testid="template-button"
        >
          <TemplateIcon size={18} />
        </button>
        <textarea
          ref={textareaRef}
          className="sb-composer__input"
          rows={1}
          value={text}
          onChange={(e) => setText(e.target.value, e.target.selectionStart)}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          placeholder={t(note ? 'composer.placeholder.note' : 'composer.placeholder.reply')}
          aria-label={t('composer.label')}
          aria-describedby={hintId}
          aria-autocomplete="list"
          aria-controls={slash.open ? slash.listId : undefined}
          aria-activedescendant={slash.activeId}
          data-testid="composer-input"
        />
        <button
          type="submit"
          className="sb-composer__send"
          disabled={!canSend}
          title={uploading ? t('composer.waitForUploads') : `${sendLabel} (Enter)`}
          data-testid="composer-send"
        >
          <SendIcon size={16} />
          <span>{sendLabel}</span>
        </button>
      </div>
      <input
        ref={fileInputRef}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) uploads.add(files);
          textareaRef.current?.focus();
        }}
        data-testid="attach-input"
      />
      <p className="sb-composer__hint" id={hintId}>
        {t('composer.hint')}
      </p>
      {picker.open && (
        <Popover anchor={picker.anchor} onClose={picker.close} label={t('templates.title')} className="sb-popover--templates">
          <TemplatePicker onPick={pickFromButton} pendingId={templates.pendingId} />
        </Popover>
      )}
    </form>
  );
});
