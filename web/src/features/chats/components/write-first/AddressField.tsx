import { forwardRef } from 'react';
import { useI18n } from '@/i18n';
import type { AddressKind } from '@/lib/api-types';

const INPUT_TYPE: Record<AddressKind, string> = { phone: 'tel', email: 'email', username: 'text', externalId: 'text' };

interface AddressFieldProps {
  id: string;
  /** The kinds the channel takes; a choice shows when there are several. */
  kinds: AddressKind[];
  kind: AddressKind;
  value: string;
  error?: string;
  onKind: (kind: AddressKind) => void;
  onChange: (value: string) => void;
}

/** Whom to write to: a phone (any format), a username, an e-mail or a platform id, as the channel allows. */
export const AddressField = forwardRef<HTMLInputElement, AddressFieldProps>(function AddressField({ id, kinds, kind, value, error, onKind, onChange }, ref) {
  const { t } = useI18n();
  return (
    <div className="sb-field">
      <div className="sb-field__row">
        <label className="sb-field__label" htmlFor={id}>
          {t(`writeFirst.kind.${kind}`)}
        </label>
        {kinds.length > 1 && (
          <div className="sb-segmented" role="group" aria-label={t('writeFirst.addressKind')}>
            {kinds.map((k) => (
              <button key={k} type="button" className="sb-segmented__btn" aria-pressed={k === kind} onClick={() => onKind(k)} data-testid={`write-first-kind-${k}`}>
                {t(`writeFirst.kind.${k}`)}
              </button>
            ))}
          </div>
        )}
      </div>
      <input
        ref={ref}
        id={id}
        className="sb-input"
        name="address"
        type={INPUT_TYPE[kind]}
        inputMode={kind === 'phone' ? 'tel' : undefined}
        autoComplete="off"
        value={value}
        placeholder={t(`writeFirst.placeholder.${kind}`)}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-note`}
        data-testid="write-first-address"
        data-kind={kind}
      />
      {error ? (
        <span id={`${id}-note`} className="sb-field__error" role="alert" data-testid="write-first-address-error">
          {error}
        </span>
      ) : (
        <span id={`${id}-note`} className="sb-field__hint">
          {t(`writeFirst.hint.${kind}`)}
        </span>
      )}
    </div>
  );
});
