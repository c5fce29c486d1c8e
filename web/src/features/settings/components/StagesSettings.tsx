import { useState } from 'react';
import { useStages } from '@/api/get-stages';
import { EmptyState } from '@/components/EmptyState';
import { ErrorBanner } from '@/components/ErrorBanner';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import { errorMessage } from '@/lib/api-client';
import type { FunnelStage } from '@/lib/api-types';
import { useUpdateStage, type StageChange } from '../api/update-stage';
import { DeleteStageDialog } from './DeleteStageDialog';
import { NewStageForm } from './NewStageForm';
import { StageRow } from './StageRow';
import { ListSkeleton } from './ListSkeleton';

/** «Воронка продаж»: the stages in funnel order; add, rename, regroup, move (drag, or the arrows), delete. */
export function StagesSettings() {
  const { t } = useI18n();
  const toast = useToast();
  const stages = useStages();
  const update = useUpdateStage();
  const [deleting, setDeleting] = useState<FunnelStage | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const list = stages.data ?? [];

  const draggedIndex = list.findIndex((s) => s.id === dragged);
  // the stage lands where the row it is dropped on is: before it going up, after it going down
  const drag = (stage: FunnelStage, index: number) => ({
    dragging: dragged === stage.id,
    over: over !== stage.id || draggedIndex < 0 || draggedIndex === index ? null : draggedIndex > index ? ('before' as const) : ('after' as const),
    start: () => setDragged(stage.id),
    enter: () => setOver(stage.id),
    drop: () => {
      const moved = list.find((s) => s.id === dragged);
      if (moved && moved.id !== stage.id) change(moved, { position: index });
      setDragged(null);
      setOver(null);
    },
    end: () => {
      setDragged(null);
      setOver(null);
    },
  });

  const change = (stage: FunnelStage, stageChange: StageChange) =>
    update.mutate(
      { id: stage.id, change: stageChange },
      { onError: (error) => toast.show(errorMessage(error, t('settings.saveFailed')), 'error') },
    );

  let body: React.ReactNode;
  if (stages.isPending) {
    body = <ListSkeleton rows={4} />;
  } else if (stages.isError) {
    body = <ErrorBanner title={t('settings.stages.loadError')} error={stages.error} onRetry={() => void stages.refetch()} />;
  } else if (list.length === 0) {
    body = <EmptyState title={t('settings.stages.empty')} text={t('settings.stages.emptyText')} />;
  } else {
    body = (
      <ol className="sb-set-list" aria-label={t('settings.section.stages')} data-testid="stage-list">
        {list.map((stage, index) => (
          <StageRow
            key={stage.id}
            stage={stage}
            index={index}
            count={list.length}
            busy={update.isPending && update.variables?.id === stage.id}
            drag={drag(stage, index)}
            onChange={(c) => change(stage, c)}
            onDelete={() => setDeleting(stage)}
          />
        ))}
      </ol>
    );
  }

  return (
    <div className="sb-set-panel">
      <div className="sb-set-panel__intro">
        <h2 className="sb-set-panel__title">{t('settings.section.stages')}</h2>
        <p className="sb-muted">{t('settings.stages.intro')}</p>
      </div>
      <div className="sb-set-head" aria-hidden="true">
        <span />
        <span>#</span>
        <span>{t('settings.stages.colName')}</span>
        <span>{t('settings.stages.colGroup')}</span>
        <span>{t('settings.colChats')}</span>
        <span />
      </div>
      {body}
      <NewStageForm />
      {deleting && (
        <DeleteStageDialog
          stage={deleting}
          stages={list}
          onDone={(deleted) => {
            if (deleted) toast.show(t('settings.stages.deleted', { name: deleting.name }), 'success');
            setDeleting(null);
          }}
        />
      )}
    </div>
  );
}
