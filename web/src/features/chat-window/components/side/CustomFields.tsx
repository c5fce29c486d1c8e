import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { CloseIcon, PlusIcon } from '@/components/icons';
import { useI18n } from '@/i18n';
import { errorMessage, fieldErrors } from '@/lib/api-client';
import { InlineField } from './InlineField';

interface CustomFieldsProps {
  fields: Record<string, unknown> | null | undefined;
  /** Saves one field; null removes it. */
  onSave: (name: string, value: string | null) => Promise<unknown>;
  /** `data-testid` of each row (`data-field` is its name); its value is `{rowTestId}-value`. */
  rowTestId: string;
  addLabel: string;
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

/** Custom fields: each value edited in place, removed by its cross; a new one added by name and value. */
export function CustomFields({ fields, onSave, rowTestId, addLabel }: CustomFieldsProps) {
  const { t } = useI18n();
  const entries = Object.entries(fields ?? {});
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const key = name.trim();
    if (!key) return setError(t('side.fieldNameRequired'));
    setBusy(true);
    try {
      await onSave(key, value.trim());
      setName('');
      setValue('');
      setAdding(false);
      setError(null);
    } catch (e) {
      setError(Object.values(fieldErrors(e))[0] ?? errorMessage(e, t('side.saveFailed')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sb-fields">
      {entries.length > 0 && (
        <dl className="sb-props">
          {entries.map(([key, raw]) => (
            <div key={key} className="sb-props__row sb-props__row--field" data-testid={rowTestId} data-field={key}>
              <dt title={key}>{key}</dt>
              <dd>
                <InlineField value={shown(raw)} label={key} placeholder={t('side.emptyValue')} onSave={(v) => onSave(key, v)} testId={`${rowTestId}-value`} maxLength={2000} />
              </dd>
              <button
                type="button"
                className="sb-icon-btn sb-icon-btn--danger sb-props__remove"
                onClick={() => void onSave(key, null).catch(() => undefined)}
                aria-label={t('side.removeField', { name: key })}
                title={t('side.removeField', { name: key })}
                data-testid={`${rowTestId}-remove`}
              >
                <CloseIcon size={12} />
              </button>
            </div>
          ))}
        </dl>
      )}
      {adding ? (
        <form
          className="sb-fields__new"
          onSubmit={add}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            setAdding(false);
          }}
        >
          <input className="sb-input sb-input--sm" value={name} maxLength={64} placeholder={t('side.fieldName')} aria-label={t('side.fieldName')} onChange={(e) => setName(e.target.value)} autoFocus data-testid={`${rowTestId}-new-name`} />
          <input className="sb-input sb-input--sm" value={value} maxLength={2000} placeholder={t('side.fieldValue')} aria-label={t('side.fieldValue')} onChange={(e) => setValue(e.target.value)} data-testid={`${rowTestId}-new-value`} />
          <div className="sb-fields__actions">
            <Button size="sm" variant="primary" type="submit" loading={busy} data-testid={`${rowTestId}-new-save`}>
              {t('side.add')}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setAdding(false)}>
              {t('common.cancel')}
            </Button>
          </div>
          {error && (
            <span className="sb-inline__error" role="alert">
              {error}
            </span>
          )}
        </form>
      ) : (
        <button type="button" className="sb-side__add" onClick={() => setAdding(true)} data-testid={`${rowTestId}-add`}>
          <PlusIcon size={12} />
          {addLabel}
        </button>
      )}
    </div>
  );
}
