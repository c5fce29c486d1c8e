import { ArrowDownIcon, ArrowUpIcon, TrashIcon } from '@/components/icons';
import { useI18n } from '@/i18n';
import { STAGE_GROUPS, type FunnelStage, type StageGroup } from '@/lib/api-types';
import type { StageChange } from '../api/update-stage';
import { InlineName } from './InlineName';

/** Reordering by drag: the row being dragged, the row it would land on, and what to do at each step. */
export interface StageDrag {
  dragging: boolean;
  /** Where the dragged stage would land if dropped here. */
  over: 'before' | 'after' | null;
  start: () => void;
  enter: () => void;
  drop: () => void;
  end: () => void;
}

interface StageRowProps {
  stage: FunnelStage;
  index: number;
  count: number;
  busy: boolean;
  drag: StageDrag;
  onChange: (change: StageChange) => void;
  onDelete: () => void;
}

/**
 * One stage: its place (drag the row to move it, or use the arrows), name (renamed in place),
 * group, how many chats, and delete.
 */
export function StageRow({ stage, index, count, busy, drag, onChange, onDelete }: StageRowProps) {
  const { t, locale } = useI18n();
  return (
    <li
      className={`sb-set-row${drag.dragging ? ' sb-set-row--dragging' : ''}${drag.over ? ` sb-set-row--drop-${drag.over}` : ''}`}
      data-testid="stage-row"
      data-stage-id={stage.id}
      data-group={stage.group}
      aria-busy={busy || undefined}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', stage.id);
        drag.start();
      }}
      onDragEnter={(event) => {
        event.preventDefault();
        drag.enter();
      }}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        drag.drop();
      }}
      onDragEnd={drag.end}
    >
      <span className="sb-set-row__marker" data-group={stage.group} aria-hidden="true" />
      <span className="sb-set-row__index sb-set-row__grip" title={t('settings.stages.drag')}>
        {index + 1}
      </span>
      <span className="sb-set-row__name">
        <InlineName name={stage.name} label={t('settings.stages.rename', { name: stage.name })} maxLength={100} onSave={(name) => onChange({ name })} testId="stage-name" />
      </span>
      <select
        className="sb-select"
        value={stage.group}
        onChange={(event) => onChange({ group: event.target.value as StageGroup })}
        aria-label={t('settings.stages.group', { name: stage.name })}
        data-testid="stage-group"
      >
        {STAGE_GROUPS.map((group) => (
          <option key={group} value={group}>
            {t(`stageGroup.${group}`)}
          </option>
        ))}
      </select>
      <span className="sb-set-row__count" title={t('settings.chatsCount', { count: stage.chats })} data-testid="stage-chats">
        {new Intl.NumberFormat(locale).format(stage.chats)}
      </span>
      <span className="sb-set-row__actions">
        <button
          type="button"
          className="sb-icon-btn"
          disabled={index === 0}
          onClick={() => onChange({ position: index - 1 })}
          aria-label={t('settings.stages.up', { name: stage.name })}
          title={t('settings.stages.up', { name: stage.name })}
          data-testid="stage-up"
        >
          <ArrowUpIcon />
        </button>
        <button
          type="button"
          className="sb-icon-btn"
          disabled={index === count - 1}
          onClick={() => onChange({ position: index + 1 })}
          aria-label={t('settings.stages.down', { name: stage.name })}
          title={t('settings.stages.down', { name: stage.name })}
          data-testid="stage-down"
        >
          <ArrowDownIcon />
        </button>
        <button
          type="button"
          className="sb-icon-btn sb-icon-btn--danger"
          onClick={onDelete}
          aria-label={t('settings.stages.delete', { name: stage.name })}
          title={t('settings.stages.delete', { name: stage.name })}
          data-testid="stage-delete"
        >
          <TrashIcon />
        </button>
      </span>
    </li>
  );
}
