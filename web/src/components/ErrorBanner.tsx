import { useI18n } from '@/i18n';
import { errorMessage } from '@/lib/api-client';
import { Button } from './Button';

interface ErrorBannerProps {
  title?: string;
  error?: unknown;
  message?: string;
  onRetry?: () => void;
  onDismiss?: () => void;
  compact?: boolean;
}

/** A clear, visible error with the server's `detail` and an optional retry. */
export function ErrorBanner({ title, error, message, onRetry, onDismiss, compact }: ErrorBannerProps) {
  const { t } = useI18n();
  const detail =
    message ??
    (error instanceof TypeError ? t('common.networkError') : error ? errorMessage(error, t('common.error')) : undefined);
  return (
    <div className={`sb-error${compact ? ' sb-error--compact' : ''}`} role="alert" data-testid="error-banner">
      <svg className="sb-error__icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M10 5.8v5.2M10 13.6v.6" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <div className="sb-error__body">
        {title && <strong className="sb-error__title">{title}</strong>}
        {detail && detail !== title && <span className="sb-error__detail">{detail}</span>}
      </div>
      {onRetry && (
        <Button size="sm" variant="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
      {onDismiss && (
        <button type="button" className="sb-icon-btn" onClick={onDismiss} aria-label={t('common.dismiss')}>
          ×
        </button>
      )}
    </div>
  );
}
