import { useState } from 'react';
import { Button } from '@/components/Button';
import { Dialog } from '@/components/Dialog';
import { ErrorBanner } from '@/components/ErrorBanner';
import { useI18n } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import type { FunnelStage } from '@/lib/api-types';
import { useDeleteStage } from '../api/delete-stage';

interface DeleteStageDialogProps {
  stage: FunnelStage;
  stages: FunnelStage[];
  onDone: (deleted: boolean) => void;
}

/** Deleting a stage: its chats first go to another stage the admin picks. */
export function DeleteStageDialog({ stage, stages, onDone }: DeleteStageDialogProps) {
  const { t } = useI18n();
  const remove = useDeleteStage();
  const others = stages.filter((s) => s.id !== stage.id);
  const [moveTo, setMoveTo] = useState(others.find((s) => s.group === stage.group)?.id ?? others[0]?.id ?? '');
  // The server may know of chats the list did not (409): then ask where they go.
  const [needsMove, setNeedsMove] = useState(stage.chats > 0);

  const confirm = () =>
    remove.mutate(
      { id: stage.id, moveTo: needsMove ? moveTo : null },
      {
        onSuccess: () => onDone(true),
        onError: (error) => {
          if (isApiError(error, 409)) setNeedsMove(true);
        },
      },
    );

  // A 409 is answered by the move-to choice above, not shown as an error.
  const error = remove.error && !isApiError(remove.error, 409) ? remove.error : null;
  return (
    <Dialog
      title={t('settings.stages.deleteTitle', { name: stage.name })}
      onClose={() => onDone(false)}
      testId="delete-stage-dialog"
      footer={
        <>
          <Button onClick={() => onDone(false)}>{t('common.cancel')}</Button>
          <Button variant="danger" loading={remove.isPending} disabled={needsMove && !moveTo} onClick={confirm} data-testid="confirm-delete">
            {t(needsMove ? 'settings.stages.moveAndDelete' : 'settings.delete')}
          </Button>
        </>
      }
    >
      {needsMove ? (
        <label className="sb-field">
          <span>{t('settings.stages.moveText', { count: stage.chats })}</span>
          <select className="sb-select" value={moveTo} onChange={(event) => setMoveTo(event.target.value)} data-testid="move-to" data-autofocus>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} · {t(`stageGroup.${s.group}`)}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p>{t('settings.stages.deleteText')}</p>
      )}
      {error && <ErrorBanner compact error={error} title={t('settings.deleteFailed')} />}
    </Dialog>
  );
}
