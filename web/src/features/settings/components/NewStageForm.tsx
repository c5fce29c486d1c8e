import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { PlusIcon } from '@/components/icons';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import { errorMessage } from '@/lib/api-client';
import { STAGE_GROUPS, type StageGroup } from '@/lib/api-types';
import { useCreateStage } from '../api/create-stage';

/** Adds a stage at the end of the funnel. */
export function NewStageForm() {
  const { t } = useI18n();
  const toast = useToast();
  const create = useCreateStage();
  const [name, setName] = useState('');
  const [group, setGroup] = useState<StageGroup>('active');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    create.mutate(
      { name: trimmed, group },
      {
        onSuccess: (stage) => {
          setName('');
          toast.show(t('settings.stages.added', { name: stage?.name ?? trimmed }), 'success');
        },
        onError: (error) => toast.show(errorMessage(error, t('settings.saveFailed')), 'error'),
      },
    );
  };

  return (
    <form className="sb-set-new" onSubmit={onSubmit} aria-label={t('settings.stages.add')}>
      <input
        className="sb-input sb-input--sm"
        value={name}
        maxLength={100}
        placeholder={t('settings.stages.newName')}
        aria-label={t('settings.stages.newName')}
        onChange={(event) => setName(event.target.value)}
        data-testid="new-stage-name"
      />
      <select className="sb-select" value={group} onChange={(event) => setGroup(event.target.value as StageGroup)} aria-label={t('settings.stages.newGroup')} data-testid="new-stage-group">
        {STAGE_GROUPS.map((g) => (
          <option key={g} value={g}>
            {t(`stageGroup.${g}`)}
          </option>
        ))}
      </select>
      <Button type="submit" size="sm" variant="primary" icon={<PlusIcon />} loading={create.isPending} disabled={!name.trim()} data-testid="new-stage-add">
        {t('settings.stages.add')}
      </Button>
    </form>
  );
}
