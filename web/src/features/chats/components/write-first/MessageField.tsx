import { useState, type KeyboardEvent } from 'react';
import { Button } from '@/components/Button';
import { CloseIcon, TemplateIcon } from '@/components/icons';
import { PlatformTemplateDialog } from '@/components/platform-template/PlatformTemplateDialog';
import { Popover, usePopover } from '@/components/Popover';
import { TemplatePicker } from '@/components/TemplatePicker';
import { useI18n } from '@/i18n';
import type { PlatformTemplateChoice, Template } from '@/lib/api-types';

/** An approved template with its values and the body they make. */
export interface ChosenPlatformTemplate {
  choice: PlatformTemplateChoice;
  text: string;
}

interface MessageFieldProps {
  id: string;
  text: string;
  onText: (text: string) => void;
  template: Template | null;
  onTemplate: (template: Template | null) => void;
  /** The channel whose approved templates can be chosen (WhatsApp); null where there are none. */
  platformChannelId: string | null;
  platform: ChosenPlatformTemplate | null;
  onPlatform: (platform: ChosenPlatformTemplate | null) => void;
  error?: string;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
}

/** The first message: a text, one of the workspace's templates or, on WhatsApp, an approved template. */
export function MessageField(props: MessageFieldProps) {
  const { id, text, onText, template, onTemplate, platformChannelId, platform, onPlatform, error, onKeyDown } = props;
  const { t } = useI18n();
  const picker = usePopover();
  const [choosing, setChoosing] = useState(false);

  return (
    <div className="sb-field">
      <div className="sb-field__row">
        <label className="sb-field__label" htmlFor={id}>
          {t('writeFirst.text')}
        </label>
        <span className="sb-field__row">
          {platform ? (
            <Chosen testId="write-first-platform-template-chosen" label={platform.choice.name} clearLabel={t('writeFirst.platformTemplateClear')} onClear={() => onPlatform(null)} />
          ) : template ? (
            <Chosen testId="write-first-template" label={template.title} clearLabel={t('writeFirst.templateClear')} onClear={() => onTemplate(null)} />
          ) : (
            <Button size="sm" variant="ghost" icon={<TemplateIcon />} onClick={picker.toggle} aria-haspopup="dialog" aria-expanded={picker.open} data-testid="write-first-template-button">
              {t('templates.title')}
            </Button>
          )}
          {platformChannelId && !platform && (
            <Button size="sm" variant="ghost" icon={<TemplateIcon />} onClick={() => setChoosing(true)} aria-haspopup="dialog" data-testid="write-first-platform-template">
              {t('writeFirst.platformTemplate')}
            </Button>
          )}
        </span>
      </div>
      {platform ? (
        <p id={id} className="sb-ptpl__preview" data-testid="write-first-platform-preview">
          {platform.text}
        </p>
      ) : (
        <textarea
          id={id}
          className="sb-textarea"
          name="text"
          value={text}
          rows={4}
          placeholder={template ? template.text : t('writeFirst.textPlaceholder')}
          onChange={(e) => onText(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          data-testid="write-first-text"
        />
      )}
      {error ? (
        <span className="sb-field__error" role="alert">
          {error}
        </span>
      ) : platform ? (
        <span className="sb-field__hint">{t('writeFirst.platformTemplateFilled')}</span>
      ) : (
        template && <span className="sb-field__hint">{t(text.trim() ? 'writeFirst.textWins' : 'writeFirst.templateFilled')}</span>
      )}
      {picker.open && (
        <Popover anchor={picker.anchor} onClose={picker.close} label={t('templates.title')} className="sb-popover--templates">
          <TemplatePicker
            onPick={(picked) => {
              picker.close();
              onTemplate(picked);
            }}
          />
        </Popover>
      )}
      {choosing && platformChannelId && (
        <PlatformTemplateDialog
          channelId={platformChannelId}
          onClose={() => setChoosing(false)}
          submitLabel={t('platformTemplate.use')}
          onSubmit={(choice, filled) => {
            setChoosing(false);
            onPlatform({ choice, text: filled });
          }}
        />
      )}
    </div>
  );
}

function Chosen({ testId, label, clearLabel, onClear }: { testId: string; label: string; clearLabel: string; onClear: () => void }) {
  return (
    <span className="sb-pill" data-testid={testId}>
      <TemplateIcon size={12} />
      <span>{label}</span>
      <button type="button" className="sb-icon-btn" onClick={onClear} aria-label={clearLabel} data-testid={`${testId}-clear`}>
        <CloseIcon size={10} />
      </button>
    </span>
  );
}
