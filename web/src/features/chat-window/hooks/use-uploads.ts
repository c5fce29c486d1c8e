import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api-client';
import type { Attachment } from '@/lib/api-types';
import { uuid } from '@/lib/uuid';
import { uploadAttachment } from '../api/upload-attachment';

export interface Upload {
  key: string;
  name: string;
  size: number;
  status: 'uploading' | 'done' | 'error';
  /** 0…1 while uploading. */
  progress: number;
  attachment?: Attachment;
  error?: string;
}

interface UploadTexts {
  tooLarge: string;
  failed: string;
  offline: string;
}

/**
 * Files being attached to the next message: each uploads at once (with progress); removing one
 * cancels its upload. `ready` are the uploaded ones to send.
 */
export function useUploads(texts: UploadTexts) {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const controllers = useRef(new Map<string, AbortController>());
  const latestTexts = useRef(texts);
  useEffect(() => {
    latestTexts.current = texts;
  });

  const update = useCallback((key: string, patch: Partial<Upload>) => {
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...patch } : u)));
  }, []);

  const add = useCallback(
    (files: Iterable<File>) => {
      for (const file of files) {
        const key = uuid();
        const controller = new AbortController();
        controllers.current.set(key, controller);
        setUploads((list) => [...list, { key, name: file.name || 'file', size: file.size, status: 'uploading', progress: 0 }]);
        uploadAttachment(file, { signal: controller.signal, onProgress: (progress) => update(key, { progress }) })
          .then((attachment) => update(key, { status: 'done', progress: 1, attachment }))
          .catch((error: unknown) => {
            if (controller.signal.aborted) return;
            const t = latestTexts.current;
            const message = isApiError(error, 413) ? t.tooLarge : error instanceof TypeError ? t.offline : errorMessage(error, t.failed);
            update(key, { status: 'error', error: message });
          })
          .finally(() => controllers.current.delete(key));
      }
    },
    [update],
  );

  const remove = useCallback((key: string) => {
    controllers.current.get(key)?.abort();
    setUploads((list) => list.filter((u) => u.key !== key));
  }, []);

  const clear = useCallback(() => {
    for (const controller of controllers.current.values()) controller.abort();
    controllers.current.clear();
    setUploads([]);
  }, []);

  useEffect(() => {
    const pending = controllers.current;
    return () => {
      for (const controller of pending.values()) controller.abort();
    };
  }, []);

  const ready = useMemo(() => uploads.flatMap((u) => (u.status === 'done' && u.attachment ? [u.attachment] : [])), [uploads]);
  const busy = uploads.some((u) => u.status === 'uploading');
  return { uploads, ready, busy, add, remove, clear };
}
