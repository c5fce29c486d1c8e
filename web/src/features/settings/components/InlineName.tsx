import { useState, type KeyboardEvent } from 'react';
import { useI18n } from '@/i18n';

interface InlineNameProps {
  name: string;
  /** Accessible name of the edit control, e.g. "Rename the stage Negotiation". */
  label: string;
  maxLength: number;
  onSave: (name: string) => void;
  testId: string;
}

/** A name that turns into a text field on click: Enter or leaving saves, Esc cancels. */
export function InlineName({ name, label, maxLength, onSave, testId }: InlineNameProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<string | null>(null);

  const finish = (save: boolean) => {
    const value = draft?.trim() ?? '';
    setDraft(null);
    if (save && value && value !== name) onSave(value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(false);
    }
  };

  if (draft === null) {
    return (
      <button type="button" className="sb-inline-name" onClick={() => setDraft(name)} aria-label={label} title={t('settings.renameHint')} data-testid={testId}>
        {name}
      </button>
    );
  }
  return (
    <input
      className="sb-input sb-input--sm sb-inline-name__input"
      value={draft}
      maxLength={maxLength}
      aria-label={label}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
      autoFocus
      data-testid={`${testId}-input`}
    />
  );
}
