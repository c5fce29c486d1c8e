import type { ReactNode } from 'react';
import { Button } from '@/components/Button';
import { Dialog } from '@/components/Dialog';
import { ErrorBanner } from '@/components/ErrorBanner';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';

interface RemoveMutation {
  mutate: (id: string, options: { onSuccess: () => void }) => void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

interface ConfirmRemoveDialogProps {
  /** What is removed, by its id. */
  id: string;
  remove: RemoveMutation;
  title: string;
  /** Said in a toast once it is done. */
  done: string;
  confirmLabel: string;
  failedTitle: string;
  testId: string;
  confirmTestId: string;
  onDone: () => void;
  children: ReactNode;
}

/** "Really remove this?": Cancel, or the danger button that removes it, says so and closes; a failure shows in place. */
export function ConfirmRemoveDialog({ id, remove, title, done, confirmLabel, failedTitle, testId, confirmTestId, onDone, children }: ConfirmRemoveDialogProps) {
  const { t } = useI18n();
  const toast = useToast();
  const confirm = () =>
    remove.mutate(id, {
      onSuccess: () => {
        toast.show(done, 'success');
        onDone();
      },
    });
  return (
    <Dialog
      title={title}
      onClose={onDone}
      testId={testId}
      footer={
        <>
          <Button onClick={onDone}>{t('common.cancel')}</Button>
          <Button variant="danger" loading={remove.isPending} onClick={confirm} data-testid={confirmTestId}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
      {remove.isError && <ErrorBanner compact error={remove.error} title={failedTitle} />}
    </Dialog>
  );
}
