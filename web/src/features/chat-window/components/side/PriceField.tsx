import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { PencilIcon } from '@/components/icons';
import { Spinner } from '@/components/Spinner';
import { useI18n } from '@/i18n';
import { errorMessage, fieldErrors } from '@/lib/api-client';
import type { Money } from '@/lib/api-types';
import { formatMoney } from '@/lib/format';

const CURRENCIES = ['RUB', 'USD', 'EUR', 'KZT', 'BYN', 'UAH', 'UZS', 'GBP', 'CNY', 'TRY'];

/** "1 500,5" or "1500.50" → "1500.50"; null when it is no amount. '' stays '' (clears the price). */
export function parseAmount(typed: string): string | null {
  const compact = typed.replace(/[\s\u00a0\u202f']/g, '').replace(',', '.');
  if (compact === '') return '';
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(compact)) return null;
  return Number(compact).toFixed(2);
}

interface PriceFieldProps {
  price: Money | null;
  defaultCurrency: string;
  onSave: (price: Money | null) => Promise<unknown>;
}

/** The deal amount: click, type an amount (any usual format) and pick the currency, Enter saves, Esc cancels. */
export function PriceField({ price, defaultCurrency, onSave }: PriceFieldProps) {
  const { t, locale } = useI18n();
  const errorId = useId();
  const [draft, setDraft] = useState<{ amount: string; currency: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const currencies = price && !CURRENCIES.includes(price.currency) ? [price.currency, ...CURRENCIES] : CURRENCIES;

  const start = () => setDraft({ amount: price ? String(Number(price.amount)) : '', currency: price?.currency ?? defaultCurrency });
  const cancel = () => {
    setDraft(null);
    setError(null);
  };

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!draft || saving) return;
    const amount = parseAmount(draft.amount);
    if (amount === null) return setError(t('side.priceInvalid'));
    const next = amount === '' ? null : { amount, currency: draft.currency };
    if ((next === null && price === null) || (next && price && Number(next.amount) === Number(price.amount) && next.currency === price.currency)) return cancel();
    setSaving(true);
    try {
      await onSave(next);
      cancel();
    } catch (e) {
      const byField = fieldErrors(e);
      setError(byField['price.amount'] ?? byField['price.currency'] ?? byField.price ?? errorMessage(e, t('side.saveFailed')));
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    }
  };

  if (!draft) {
    const shown = price ? formatMoney(price, locale) : '';
    return (
      <div className="sb-inline" data-testid="chat-price" data-value={price ? `${price.amount} ${price.currency}` : ''}>
        <button type="button" className="sb-inline__value" onClick={start} aria-label={t('side.edit', { label: t('chats.col.price'), value: shown || t('side.addPrice') })} title={t('side.editHint')}>
          {price ? <span className="sb-inline__text sb-num">{shown}</span> : <span className="sb-inline__empty">{t('side.addPrice')}</span>}
          <PencilIcon size={12} className="sb-inline__pencil" />
        </button>
      </div>
    );
  }
  return (
    <form className="sb-inline sb-inline--editing" data-testid="chat-price" data-editing="true" onSubmit={save} onKeyDown={onKeyDown}>
      <span className="sb-inline__box">
        <input
          className="sb-input sb-input--sm sb-inline__input sb-num"
          inputMode="decimal"
          value={draft.amount}
          placeholder="1500"
          aria-label={t('side.amount')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          readOnly={saving}
          autoFocus
          onChange={(e) => {
            setDraft({ ...draft, amount: e.target.value });
            setError(null);
          }}
          data-testid="chat-price-input"
        />
        <select className="sb-select" value={draft.currency} aria-label={t('side.currency')} onChange={(e) => setDraft({ ...draft, currency: e.target.value })} data-testid="chat-price-currency">
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        {saving && <Spinner size="sm" label={t('side.saving')} />}
      </span>
      {error && (
        <span id={errorId} className="sb-inline__error" role="alert" data-testid="chat-price-error">
          {error}
        </span>
      )}
    </form>
  );
}
