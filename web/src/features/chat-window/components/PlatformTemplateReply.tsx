import { PlatformTemplateDialog } from '@/components/platform-template/PlatformTemplateDialog';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import { errorMessage } from '@/lib/api-client';
import { uuid } from '@/lib/uuid';
import { useSendPlatformTemplate } from '../api/send-platform-template';

interface PlatformTemplateReplyProps {
  chatId: string;
  channelId: string;
  onClose: () => void;
}

/** Answering with an approved template once the window has closed: chosen, filled in, sent. */
export function PlatformTemplateReply({ chatId, channelId, onClose }: PlatformTemplateReplyProps) {
  const { t } = useI18n();
  const toast = useToast();
  const send = useSendPlatformTemplate(chatId);
  return (
    <PlatformTemplateDialog
      channelId={channelId}
      onClose={onClose}
      submitLabel={t('platformTemplate.send')}
      pending={send.isPending}
      error={send.isError ? errorMessage(send.error, t('platformTemplate.failed')) : null}
      onSubmit={(template, text) =>
        send.mutate(
          { template, text, key: uuid() },
          {
            onSuccess: () => {
              toast.show(t('platformTemplate.sent'), 'success');
              onClose();
            },
          },
        )
      }
    />
  );
}
