import { useState } from 'react';
import { useTagsUsage } from '@/api/get-tags';
import { EmptyState } from '@/components/EmptyState';
import { ErrorBanner } from '@/components/ErrorBanner';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import { errorMessage } from '@/lib/api-client';
import type { TagItem } from '@/lib/api-types';
import { useDeleteTag } from '../api/delete-tag';
import { useUpdateTag, type TagChange } from '../api/update-tag';
import { NewTagForm } from './NewTagForm';
import { TagRow } from './TagRow';
import { ConfirmRemoveDialog } from './ConfirmRemoveDialog';
import { ListSkeleton } from './ListSkeleton';

function DeleteTagDialog({ tag, onDone }: { tag: TagItem; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <ConfirmRemoveDialog
      id={tag.id}
      remove={useDeleteTag()}
      title={t('settings.tags.deleteTitle', { name: tag.name })}
      done={t('settings.tags.deleted', { name: tag.name })}
      confirmLabel={t('settings.delete')}
      failedTitle={t('settings.deleteFailed')}
      testId="delete-tag-dialog"
      confirmTestId="confirm-delete"
      onDone={onDone}
    >
      <p>{tag.chats > 0 ? t('settings.tags.deleteTextUsed', { count: tag.chats }) : t('settings.tags.deleteText')}</p>
    </ConfirmRemoveDialog>
  );
}

/** «Теги»: name, colour, how many chats; add, rename, recolour, delete. */
export function TagsSettings() {
  const { t } = useI18n();
  const toast = useToast();
  const tags = useTagsUsage();
  const update = useUpdateTag();
  const [deleting, setDeleting] = useState<TagItem | null>(null);
  const list = tags.data ?? [];

  const change = (tag: TagItem, tagChange: TagChange) =>
    update.mutate({ id: tag.id, change: tagChange }, { onError: (error) => toast.show(errorMessage(error, t('settings.saveFailed')), 'error') });

  let body: React.ReactNode;
  if (tags.isPending) {
    body = <ListSkeleton />;
  } else if (tags.isError) {
    body = <ErrorBanner title={t('settings.tags.loadError')} error={tags.error} onRetry={() => void tags.refetch()} />;
  } else if (list.length === 0) {
    body = <EmptyState title={t('settings.tags.empty')} text={t('settings.tags.emptyText')} />;
  } else {
    body = (
      <ul className="sb-set-list" aria-label={t('settings.section.tags')} data-testid="tag-list">
        {list.map((tag) => (
          <TagRow key={tag.id} tag={tag} onChange={(c) => change(tag, c)} onDelete={() => setDeleting(tag)} />
        ))}
      </ul>
    );
  }

  return (
    <div className="sb-set-panel">
      <div className="sb-set-panel__intro">
        <h2 className="sb-set-panel__title">{t('settings.section.tags')}</h2>
        <p className="sb-muted">{t('settings.tags.intro')}</p>
      </div>
      {body}
      <NewTagForm count={list.length} />
      {deleting && <DeleteTagDialog tag={deleting} onDone={() => setDeleting(null)} />}
    </div>
  );
}
