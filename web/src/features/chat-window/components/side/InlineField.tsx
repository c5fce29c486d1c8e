import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { PencilIcon } from '@/components/icons';
import { Spinner } from '@/components/Spinner';
import { useI18n } from '@/i18n';
import { errorMessage, fieldErrors } from '@/lib/api-client';

interface InlineFieldProps {
  value: string | null | undefined;
  /** What the value is ("Phone"): the accessible name of the field. */
  label: string;
  /** Shown when there is no value ("Add a phone"). */
  placeholder: string;
  /** Saves the typed value ('' clears it); a rejection keeps the editor open with the error. */
  onSave: (value: string) => Promise<unknown>;
  /** On the wrapper, which holds the value or, while editing, the input (`{testId}-input`). */
  testId: string;
  /** The API field whose 400 message is shown (e.g. `phone`). */
  field?: string;
  type?: 'text' | 'tel' | 'email';
  required?: boolean;
  maxLength?: number;
  display?: (value: string) => ReactNode;
}

/**
 * A value that turns into a text box on click: Enter (or leaving the box) saves, Esc cancels,
 * the server's complaint shows right under it.
 */
export function InlineField({ value, label, placeholder, onSave, testId, field, type = 'text', required, maxLength = 200, display }: InlineFieldProps) {
  const { t } = useI18n();
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ text: string; for: string } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const current = value ?? '';

  useEffect(() => {
    if (draft === null && returnFocus.current) {
      returnFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [draft]);

  const stop = (focusBack: boolean) => {
    returnFocus.current = focusBack;
    setDraft(null);
    setError(null);
  };

  const commit = async (focusBack: boolean) => {
    if (draft === null || saving) return;
    const next = draft.trim();
    if (next === current.trim()) return stop(focusBack);
    if (required && !next) {
      setError({ text: t('side.required'), for: draft });
      return;
    }
    setSaving(true);
    try {
      await onSave(next);
      stop(focusBack);
    } catch (e) {
      const byField = fieldErrors(e);
      setError({ text: (field && byField[field]) || Object.values(byField)[0] || errorMessage(e, t('side.saveFailed')), for: draft });
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      stop(true);
    }
  };

  // Leaving the box saves, unless it was just refused as it is.
  const onBlur = () => {
    if (draft !== null && error?.for !== draft) void commit(false);
  };

  if (draft === null) {
    return (
      <div className="sb-inline" data-testid={testId} data-value={current}>
        <button
          ref={buttonRef}
          type="button"
          className="sb-inline__value"
          onClick={() => setDraft(current)}
          aria-label={t('side.edit', { label, value: current || placeholder })}
          title={t('side.editHint')}
        >
          {current ? <span className="sb-inline__text">{display ? display(current) : current}</span> : <span className="sb-inline__empty">{placeholder}</span>}
          <PencilIcon size={12} className="sb-inline__pencil" />
        </button>
      </div>
    );
  }
  return (
    <div className="sb-inline sb-inline--editing" data-testid={testId} data-value={current} data-editing="true">
      <span className="sb-inline__box">
        <input
          className="sb-input sb-input--sm sb-inline__input"
          type={type}
          value={draft}
          maxLength={maxLength}
          placeholder={placeholder}
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          readOnly={saving}
          autoFocus
          onChange={(event) => {
            setDraft(event.target.value);
            if (error) setError(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
          data-testid={`${testId}-input`}
        />
        {saving && <Spinner size="sm" label={t('side.saving')} />}
      </span>
      {error && (
        <span id={errorId} className="sb-inline__error" role="alert" data-testid={`${testId}-error`}>
          {error.text}
        </span>
      )}
    </div>
  );
}
