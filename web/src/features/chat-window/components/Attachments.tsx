import { FileIcon } from '@/components/icons';
import { useI18n } from '@/i18n';
import type { Attachment } from '@/lib/api-types';
import { formatFileSize } from '@/lib/format';

export function Attachments({ attachments, onImageLoad }: { attachments: Attachment[]; onImageLoad?: () => void }) {
  const { t, locale } = useI18n();
  if (attachments.length === 0) return null;
  return (
    <div className="sb-attachments">
      {attachments.map((a) =>
        a.contentType.startsWith('image/') ? (
          <a key={a.id} className="sb-attachment-image" href={a.url} target="_blank" rel="noopener noreferrer" title={a.name}>
            <img src={a.url} alt={a.name} loading="lazy" onLoad={onImageLoad} />
          </a>
        ) : (
          <a
            key={a.id}
            className="sb-attachment-file"
            href={a.url}
            target="_blank"
            rel="noopener noreferrer"
            download={a.name}
            aria-label={t('message.openAttachment', { name: a.name })}
          >
            <FileIcon size={18} />
            <span className="sb-attachment-file__name">{a.name}</span>
            <span className="sb-attachment-file__size">{formatFileSize(a.size, locale)}</span>
          </a>
        ),
      )}
    </div>
  );
}
