import { useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { Dialog } from '@/components/Dialog';
import { ErrorBanner } from '@/components/ErrorBanner';
import { useI18n } from '@/i18n';
import { errorMessage, fieldErrors, isApiError } from '@/lib/api-client';
import type { Template } from '@/lib/api-types';
import { usePlaceholders } from '../api/get-placeholders';
import { useSaveTemplate, type TemplateForm } from '../api/save-template';

interface TemplateDialogProps {
  /** null: a new template. */
  template: Template | null;
  /** For a new one: personal or the workspace's. */
  personal: boolean;
  /** Operators may only have personal templates. */
  canShare: boolean;
  onDone: (saved: Template | null) => void;
}

const SHORTCUT = /^\/?[\p{L}\p{N}_-]{1,32}$/u;

/** A template's title, text (with placeholders inserted by a click), shortcut and whether it is personal. */
export function TemplateDialog({ template, personal, canShare, onDone }: TemplateDialogProps) {
  const { t } = useI18n();
  const formId = useId();
  const save = useSaveTemplate();
  const placeholders = usePlaceholders();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [form, setForm] = useState<TemplateForm>({
    title: template?.title ?? '',
    text: template?.text ?? '',
    shortcut: template?.shortcut ?? '',
    personal: template ? template.personal : personal || !canShare,
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const set = <K extends keyof TemplateForm>(key: K, value: TemplateForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (local[key]) setLocal(({ [key]: _gone, ...rest }) => rest);
    if (save.isError) save.reset();
  };

  const server = fieldErrors(save.error);
  if (isApiError(save.error, 409)) server.shortcut ??= t('settings.templates.shortcutTaken');
  const errors: Record<string, string> = { ...server, ...local };
  const general = save.isError && Object.keys(server).length === 0 ? errorMessage(save.error, t('settings.saveFailed')) : null;

  /** Puts the placeholder where the caret is (or over the selection) and leaves the caret after it. */
  const insert = (placeholder: string) => {
    const el = textRef.current;
    const start = el?.selectionStart ?? form.text.length;
    const end = el?.selectionEnd ?? form.text.length;
    const next = form.text.slice(0, start) + placeholder + form.text.slice(end);
    set('text', next);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + placeholder.length, start + placeholder.length);
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!form.title.trim()) problems.title = t('settings.templates.titleRequired');
    if (!form.text.trim()) problems.text = t('settings.templates.textRequired');
    const shortcut = form.shortcut.trim();
    if (shortcut && !SHORTCUT.test(shortcut)) problems.shortcut = t('settings.templates.shortcutInvalid');
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    save.mutate(
      { id: template?.id ?? null, form: { title: form.title.trim(), text: form.text.trim(), shortcut: shortcut.replace(/^\//, ''), personal: form.personal } },
      { onSuccess: (saved) => onDone(saved ?? null) },
    );
  };

  const error = (key: string) =>
    errors[key] ? (
      <span className="sb-field__error" role="alert" data-testid={`template-${key}-error`}>
        {errors[key]}
      </span>
    ) : null;

  return (
    <Dialog
      title={template ? t('settings.templates.editTitle', { title: template.title }) : t('settings.templates.addTitle')}
      onClose={() => onDone(null)}
      testId="template-dialog"
      wide
      footer={
        <>
          <Button onClick={() => onDone(null)}>{t('common.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" loading={save.isPending} data-testid="template-save">
            {t('settings.save')}
          </Button>
        </>
      }
    >
      <form id={formId} className="sb-form" onSubmit={submit} noValidate data-testid="template-form">
        <label className="sb-field">
          <span className="sb-field__label">{t('settings.templates.titleLabel')}</span>
          <input className="sb-input" name="title" value={form.title} maxLength={200} onChange={(e) => set('title', e.target.value)} aria-invalid={errors.title ? true : undefined} data-autofocus />
          {error('title')}
        </label>
        <div className="sb-field">
          <label className="sb-field__label" htmlFor={`${formId}-text`}>
            {t('settings.templates.text')}
          </label>
          <textarea
            ref={textRef}
            id={`${formId}-text`}
            className="sb-textarea"
            name="text"
            rows={6}
            maxLength={4000}
            value={form.text}
            onChange={(e) => set('text', e.target.value)}
            aria-invalid={errors.text ? true : undefined}
          />
          {error('text')}
          <div className="sb-placeholders" role="group" aria-label={t('settings.templates.placeholders')}>
            <span className="sb-field__hint">{t('settings.templates.placeholdersHint')}</span>
            {(placeholders.data ?? []).map((p) => (
              <button
                key={p}
                type="button"
                className="sb-placeholder"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => insert(p)}
                title={t(`placeholder.${p.replace(/[{}]/g, '')}` as 'placeholder.client.name')}
                data-testid="placeholder-chip"
                data-placeholder={p}
              >
                {p}
              </button>
            ))}
            {placeholders.isError && <ErrorBanner compact error={placeholders.error} title={t('settings.templates.placeholdersError')} onRetry={() => void placeholders.refetch()} />}
          </div>
        </div>
        <label className="sb-field">
          <span className="sb-field__label">{t('settings.templates.shortcut')}</span>
          <span className="sb-prefixed">
            <span className="sb-prefixed__prefix" aria-hidden="true">
              /
            </span>
            <input
              className="sb-input"
              name="shortcut"
              value={form.shortcut.replace(/^\//, '')}
              maxLength={33}
              placeholder={t('settings.templates.shortcutPlaceholder')}
              onChange={(e) => set('shortcut', e.target.value)}
              aria-invalid={errors.shortcut ? true : undefined}
            />
          </span>
          {error('shortcut') ?? <span className="sb-field__hint">{t('settings.templates.shortcutHint')}</span>}
        </label>
        <label className="sb-check">
          <input type="checkbox" className="sb-checkbox" name="personal" checked={form.personal} disabled={template !== null || !canShare} onChange={(e) => set('personal', e.target.checked)} />
          {t('settings.templates.personal')}
        </label>
        <span className="sb-field__hint">
          {template !== null ? t('settings.templates.personalFixed') : canShare ? t('settings.templates.personalHint') : t('settings.templates.personalOnly')}
        </span>
        {general && <ErrorBanner compact title={t('settings.saveFailed')} message={general} />}
      </form>
    </Dialog>
  );
}
