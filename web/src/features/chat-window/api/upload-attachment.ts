import type { Attachment } from '@/lib/api-types';
import { uploadFile, type UploadOptions } from '@/lib/upload';

/** `POST /api/v1/attachments` (multipart `file`) → 201 the attachment to send; 413 when too large. */
export function uploadAttachment(file: File, options?: UploadOptions): Promise<Attachment> {
  return uploadFile<Attachment>('/api/v1/attachments', file, options);
}
