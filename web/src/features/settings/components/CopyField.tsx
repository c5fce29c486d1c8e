import { useState } from 'react';
import { Button } from '@/components/Button';
import { CheckIcon } from '@/components/icons';
import { useI18n } from '@/i18n';

/** A value to paste into a platform's settings, with a Copy button. */
export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      // no clipboard (an insecure page): the value stays selectable
    }
  };
  return (
    <div className="sb-copy">
      <span className="sb-copy__label">{label}</span>
      <span className="sb-copy__row">
        <input className="sb-input sb-copy__value" readOnly value={value} onFocus={(e) => e.currentTarget.select()} aria-label={label} data-testid={testId} />
        <Button variant="secondary" icon={copied ? <CheckIcon size={14} /> : undefined} onClick={() => void copy()} data-testid={testId ? `${testId}-copy` : undefined}>
          {copied ? t('common.copied') : t('common.copy')}
        </Button>
      </span>
    </div>
  );
}
