import { useState } from 'react';
import { FileIcon } from '@/components/icons';
import { useI18n } from '@/i18n';
import type { Attachment } from '@/lib/api-types';
import { formatFileSize } from '@/lib/format';

function FileLink({ attachment }: { attachment: Attachment }) {
  const { t, locale } = useI18n();
  return (
    <a
      className="sb-attachment-file"
      href={attachment.url}
      target="_blank"
      rel="noopener noreferrer"
      download={attachment.name}
      aria-label={t('message.openAttachment', { name: attachment.name })}
      title={attachment.name}
      data-testid="message-attachment"
      data-kind="file"
    >
      <FileIcon size={18} />
      <span className="sb-attachment-file__name">{attachment.name}</span>
      <span className="sb-attachment-file__size">{formatFileSize(attachment.size, locale)}</span>
    </a>
  );
}

/** A picture that opens full size in a new tab; a link to the file when it cannot be shown. */
function ImagePreview({ attachment, onImageLoad }: { attachment: Attachment; onImageLoad?: () => void }) {
  const { t } = useI18n();
  const [broken, setBroken] = useState(false);
  if (broken) return <FileLink attachment={attachment} />;
  return (
    <a
      className="sb-attachment-image"
      href={attachment.url}
      target="_blank"
      rel="noopener noreferrer"
      title={t('message.openImage', { name: attachment.name })}
      data-testid="message-attachment"
      data-kind="image"
    >
      <img src={attachment.url} alt={attachment.name} loading="lazy" onLoad={onImageLoad} onError={() => setBroken(true)} data-testid="message-image" />
    </a>
  );
}

/** Images as previews, other files as download links with name and size. */
export function Attachments({ attachments, onImageLoad }: { attachments: Attachment[]; onImageLoad?: () => void }) {
  if (attachments.length === 0) return null;
  return (
    <div className="sb-attachments">
      {attachments.map((a) =>
        a.contentType?.startsWith('image/') ? <ImagePreview key={a.id} attachment={a} onImageLoad={onImageLoad} /> : <FileLink key={a.id} attachment={a} />,
      )}
    </div>
  );
}
