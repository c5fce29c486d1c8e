import { useState } from 'react';
import { Button } from '@/components/Button';
import { Dialog } from '@/components/Dialog';
import { ErrorBanner } from '@/components/ErrorBanner';
import { BanIcon } from '@/components/icons';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import type { ChatRow } from '@/lib/api-types';
import { useArchiveChat } from '../../api/archive-chat';
import { useBlockClient } from '../../api/block-client';

/** For admins: puts the client on the stop-list (their next messages go straight to the archive), after a confirmation. */
export function BlockClient({ chat }: { chat: ChatRow }) {
  const { t } = useI18n();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [archiveToo, setArchiveToo] = useState(chat.category !== 'archive');
  const block = useBlockClient();
  const archive = useArchiveChat(chat.id);

  const close = () => {
    setOpen(false);
    block.reset();
  };
  const done = (message: string) => {
    if (archiveToo && chat.category !== 'archive') archive.mutate();
    toast.show(message, 'success');
    close();
  };
  const confirm = () =>
    block.mutate(chat.client.id, {
      onSuccess: () => done(t('side.blocked', { name: chat.client.name })),
      onError: (error) => {
        if (isApiError(error, 409)) done(t('side.alreadyBlocked', { name: chat.client.name }));
      },
    });

  return (
    <section className="sb-side__section sb-side__section--danger">
      <Button variant="ghost" size="sm" icon={<BanIcon />} className="sb-side__block" onClick={() => setOpen(true)} data-testid="block-client">
        {t('side.block')}
      </Button>
      {open && (
        <Dialog
          title={t('side.blockTitle', { name: chat.client.name })}
          onClose={close}
          testId="block-client-dialog"
          footer={
            <>
              <Button onClick={close}>{t('common.cancel')}</Button>
              <Button variant="danger" loading={block.isPending} onClick={confirm} data-testid="block-client-confirm">
                {t('side.blockConfirm')}
              </Button>
            </>
          }
        >
          <p>{t('side.blockText')}</p>
          {chat.category !== 'archive' && (
            <label className="sb-check">
              <input type="checkbox" className="sb-checkbox" checked={archiveToo} onChange={(e) => setArchiveToo(e.target.checked)} data-testid="block-client-archive" />
              {t('side.blockArchive')}
            </label>
          )}
          {block.isError && !isApiError(block.error, 409) && <ErrorBanner compact error={block.error} title={t('side.blockFailed')} />}
        </Dialog>
      )}
    </section>
  );
}
