import type { CSSProperties } from 'react';
import { CloseIcon, FileIcon } from '@/components/icons';
import { Spinner } from '@/components/Spinner';
import { useI18n } from '@/i18n';
import { formatFileSize } from '@/lib/format';
import type { Upload } from '../hooks/use-uploads';

/** The files attached to the next message: name, size, progress or error, and a cross to remove. */
export function AttachmentChips({ uploads, onRemove }: { uploads: Upload[]; onRemove: (key: string) => void }) {
  const { t, locale } = useI18n();
  if (uploads.length === 0) return null;
  return (
    <ul className="sb-chips" aria-label={t('composer.attachments')}>
      {uploads.map((upload) => {
        const percent = Math.round(upload.progress * 100);
        return (
          <li
            key={upload.key}
            className={`sb-chip sb-chip--${upload.status}`}
            data-testid="attachment-chip"
            data-status={upload.status}
            title={upload.error ?? upload.name}
            style={{ '--progress': `${percent}%` } as CSSProperties}
          >
            <span className="sb-chip__icon" aria-hidden="true">
              {upload.status === 'uploading' ? <Spinner size="sm" /> : <FileIcon size={14} />}
            </span>
            <span className="sb-chip__body">
              <span className="sb-chip__name">{upload.name}</span>
              <span className="sb-chip__meta">
                {upload.status === 'error' ? (
                  <span className="sb-chip__error" role="alert" data-testid="attachment-error">
                    {upload.error}
                  </span>
                ) : upload.status === 'uploading' ? (
                  <span aria-live="polite">{t('composer.uploading', { percent })}</span>
                ) : (
                  formatFileSize(upload.attachment?.size ?? upload.size, locale)
                )}
              </span>
            </span>
            <button
              type="button"
              className="sb-chip__remove"
              onClick={() => onRemove(upload.key)}
              aria-label={t('composer.removeFile', { name: upload.name })}
              title={t('composer.removeFile', { name: upload.name })}
              data-testid="attachment-remove"
            >
              <CloseIcon size={12} />
            </button>
            {upload.status === 'uploading' && <span className="sb-chip__bar" aria-hidden="true" />}
          </li>
        );
      })}
    </ul>
  );
}
