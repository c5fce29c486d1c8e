import { useId, useState, type FormEvent } from 'react';
import { usePlatformTemplates } from '@/api/get-platform-templates';
import { useI18n } from '@/i18n';
import type { PlatformTemplate, PlatformTemplateChoice } from '@/lib/api-types';
import { Button } from '../Button';
import { Dialog } from '../Dialog';
import { ErrorBanner } from '../ErrorBanner';
import { SendIcon } from '../icons';
import { Spinner } from '../Spinner';
import { fillTemplate, paramNumbers } from './fill';

interface PlatformTemplateDialogProps {
  channelId: string;
  onClose: () => void;
  /** The chosen template with its values, and its body with them filled in. */
  onSubmit: (choice: PlatformTemplateChoice, text: string) => void;
  /** What the final button says (send now, or use in a form). */
  submitLabel: string;
  pending?: boolean;
  /** Why the last attempt failed, shown above the buttons. */
  error?: string | null;
}

/**
 * Choosing a template the platform approved (WhatsApp: the only thing that goes through once the
 * 24-hour window has closed): the channel's templates, then a value per `{{n}}` with a live preview.
 */
export function PlatformTemplateDialog({ channelId, onClose, onSubmit, submitLabel, pending = false, error }: PlatformTemplateDialogProps) {
  const { t } = useI18n();
  const formId = useId();
  const templates = usePlatformTemplates(channelId);
  const [chosen, setChosen] = useState<PlatformTemplate | null>(null);
  const [values, setValues] = useState<string[]>([]);

  const numbers = chosen ? paramNumbers(chosen.text, chosen.params) : [];
  const complete = numbers.every((n) => (values[n - 1] ?? '').trim() !== '');
  const preview = chosen ? fillTemplate(chosen.text, values) : '';

  const choose = (template: PlatformTemplate | null) => {
    setChosen(template);
    setValues([]);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The dialog may sit inside another form (write first): its submit is not that form's.
    event.stopPropagation();
    if (!chosen || !complete || pending) return;
    onSubmit({ name: chosen.name, language: chosen.language, params: numbers.map((n) => values[n - 1].trim()) }, preview);
  };

  let body;
  if (chosen) {
    body = (
      <form id={formId} className="sb-form" onSubmit={submit} noValidate data-testid="platform-template-form">
        <div className="sb-field__row">
          <TemplateHead template={chosen} />
          <Button size="sm" variant="ghost" onClick={() => choose(null)} data-testid="platform-template-back">
            {t('platformTemplate.other')}
          </Button>
        </div>
        {numbers.map((n) => (
          <label key={n} className="sb-field">
            <span className="sb-field__label">{t('platformTemplate.param', { n })}</span>
            <input
              className="sb-input"
              value={values[n - 1] ?? ''}
              maxLength={1000}
              onChange={(e) => {
                const next = [...values];
                next[n - 1] = e.target.value;
                setValues(next);
              }}
              data-testid="platform-template-param"
              data-param={n}
            />
          </label>
        ))}
        <div className="sb-field">
          <span className="sb-field__label">{t('platformTemplate.preview')}</span>
          <p className="sb-ptpl__preview" aria-live="polite" data-testid="platform-template-preview">
            {preview}
          </p>
          {!complete && <span className="sb-field__hint">{t('platformTemplate.fillAll')}</span>}
        </div>
        {error && <ErrorBanner compact title={t('platformTemplate.failed')} message={error} />}
      </form>
    );
  } else if (templates.isPending) {
    body = <Spinner label={t('common.loading')} />;
  } else if (templates.isError) {
    body = <ErrorBanner title={t('platformTemplate.loadError')} error={templates.error} onRetry={() => void templates.refetch()} />;
  } else if (templates.data.length === 0) {
    body = (
      <p className="sb-muted" data-testid="platform-template-empty">
        {t('platformTemplate.none')}
      </p>
    );
  } else {
    body = (
      <ul className="sb-ptpl__list" aria-label={t('platformTemplate.title')}>
        {templates.data.map((template) => (
          <li key={`${template.name}:${template.language}`}>
            <button type="button" className="sb-ptpl__option" onClick={() => choose(template)} data-testid="platform-template-option" data-name={template.name}>
              <TemplateHead template={template} />
              <span className="sb-ptpl__text">{template.text}</span>
            </button>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Dialog
      title={t('platformTemplate.title')}
      onClose={onClose}
      testId="platform-template-dialog"
      wide
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          {chosen && (
            <Button
              type="submit"
              form={formId}
              variant="primary"
              icon={<SendIcon />}
              loading={pending}
              disabled={!complete}
              data-testid="platform-template-send"
            >
              {submitLabel}
            </Button>
          )}
        </>
      }
    >
      {body}
    </Dialog>
  );
}

function TemplateHead({ template }: { template: PlatformTemplate }) {
  return (
    <span className="sb-ptpl__head">
      <span className="sb-ptpl__name">{template.name}</span>
      <span className="sb-ptpl__tag">{template.language}</span>
      <span className="sb-ptpl__tag">{template.category}</span>
    </span>
  );
}
