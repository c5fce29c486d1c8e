import { useState } from 'react';
import { Button } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorBanner } from '@/components/ErrorBanner';
import { PencilIcon, PlusIcon, TemplateIcon, TrashIcon } from '@/components/icons';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import type { Template } from '@/lib/api-types';
import { useIsAdmin } from '@/lib/session';
import { useDeleteTemplate } from '../api/delete-template';
import { useAllTemplates } from '../api/get-all-templates';
import { TemplateDialog } from './TemplateDialog';
import { ConfirmRemoveDialog } from './ConfirmRemoveDialog';
import { ListSkeleton } from './ListSkeleton';

function DeleteTemplateDialog({ template, onDone }: { template: Template; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <ConfirmRemoveDialog
      id={template.id}
      remove={useDeleteTemplate()}
      title={t('settings.templates.deleteTitle', { title: template.title })}
      done={t('settings.templates.deleted', { title: template.title })}
      confirmLabel={t('settings.delete')}
      failedTitle={t('settings.deleteFailed')}
      testId="delete-template-dialog"
      confirmTestId="confirm-delete"
      onDone={onDone}
    >
      <p>{t(template.personal ? 'settings.templates.deleteTextMine' : 'settings.templates.deleteText')}</p>
    </ConfirmRemoveDialog>
  );
}

function TemplateRow({ template, onEdit, onDelete }: { template: Template; onEdit: () => void; onDelete: () => void }) {
  const { t } = useI18n();
  return (
    <li className="sb-set-row sb-set-row--template" data-testid="template-row" data-template-id={template.id} data-personal={template.personal} data-shortcut={template.shortcut ?? ''}>
      <span className="sb-tpl-row__main">
        <span className="sb-tpl-row__title">{template.title}</span>
        <span className="sb-tpl-row__text">{template.text}</span>
      </span>
      <span>{template.shortcut ? <kbd className="sb-tpl__shortcut">/{template.shortcut}</kbd> : <span className="sb-muted">—</span>}</span>
      <span className="sb-set-row__actions">
        <button type="button" className="sb-icon-btn" onClick={onEdit} aria-label={t('settings.templates.edit', { title: template.title })} title={t('settings.templates.edit', { title: template.title })} data-testid="template-edit">
          <PencilIcon />
        </button>
        <button
          type="button"
          className="sb-icon-btn sb-icon-btn--danger"
          onClick={onDelete}
          aria-label={t('settings.templates.delete', { title: template.title })}
          title={t('settings.templates.delete', { title: template.title })}
          data-testid="template-delete"
        >
          <TrashIcon />
        </button>
      </span>
    </li>
  );
}

interface GroupProps {
  title: string;
  intro: string;
  empty: string;
  templates: Template[];
  personal: boolean;
  onAdd: () => void;
  onEdit: (template: Template) => void;
  onDelete: (template: Template) => void;
}

function TemplateGroup({ title, intro, empty, templates, personal, onAdd, onEdit, onDelete }: GroupProps) {
  const { t } = useI18n();
  return (
    <section className="sb-set-group" aria-label={title} data-testid={personal ? 'templates-mine' : 'templates-workspace'}>
      <div className="sb-set-panel__head">
        <div className="sb-set-panel__intro">
          <h3 className="sb-set-group__title">{title}</h3>
          <p className="sb-muted">{intro}</p>
        </div>
        <Button size="sm" variant={personal ? 'secondary' : 'primary'} icon={<PlusIcon />} onClick={onAdd} data-testid={personal ? 'template-add-mine' : 'template-add'}>
          {t('settings.templates.add')}
        </Button>
      </div>
      {templates.length === 0 ? (
        <EmptyState icon={<TemplateIcon size={22} />} title={empty} />
      ) : (
        <ul className="sb-set-list">
          {templates.map((template) => (
            <TemplateRow key={template.id} template={template} onEdit={() => onEdit(template)} onDelete={() => onDelete(template)} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** «Шаблоны»: the workspace's quick replies (admins) and everyone's own ones. */
export function TemplatesSettings() {
  const { t } = useI18n();
  const toast = useToast();
  const isAdmin = useIsAdmin();
  const all = useAllTemplates();
  const [editing, setEditing] = useState<{ template: Template | null; personal: boolean } | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  const list = all.data?.pages.flatMap((page) => page.items) ?? [];
  const mine = list.filter((template) => template.personal);
  const shared = list.filter((template) => !template.personal);

  let body;
  if (all.isPending) {
    body = <ListSkeleton />;
  } else if (all.isError) {
    body = <ErrorBanner title={t('templates.loadError')} error={all.error} onRetry={() => void all.refetch()} />;
  } else {
    body = (
      <>
        {isAdmin && (
          <TemplateGroup
            title={t('settings.templates.workspace')}
            intro={t('settings.templates.workspaceIntro')}
            empty={t('settings.templates.workspaceEmpty')}
            templates={shared}
            personal={false}
            onAdd={() => setEditing({ template: null, personal: false })}
            onEdit={(template) => setEditing({ template, personal: false })}
            onDelete={setDeleting}
          />
        )}
        <TemplateGroup
          title={t('settings.templates.mine')}
          intro={t('settings.templates.mineIntro')}
          empty={t('settings.templates.mineEmpty')}
          templates={mine}
          personal
          onAdd={() => setEditing({ template: null, personal: true })}
          onEdit={(template) => setEditing({ template, personal: true })}
          onDelete={setDeleting}
        />
        {all.hasNextPage && (
          <Button variant="ghost" loading={all.isFetchingNextPage} onClick={() => void all.fetchNextPage()}>
            {t('settings.templates.more')}
          </Button>
        )}
      </>
    );
  }

  return (
    <div className="sb-set-panel sb-set-panel--wide" data-testid="settings-templates">
      <div className="sb-set-panel__intro">
        <h2 className="sb-set-panel__title">{t(isAdmin ? 'settings.section.templates' : 'settings.templates.mine')}</h2>
        <p className="sb-muted">{t('settings.templates.intro')}</p>
      </div>
      {body}
      {editing && (
        <TemplateDialog
          template={editing.template}
          personal={editing.personal}
          canShare={isAdmin}
          onDone={(saved) => {
            if (saved) toast.show(t('settings.templates.saved', { title: saved.title }), 'success');
            setEditing(null);
          }}
        />
      )}
      {deleting && <DeleteTemplateDialog template={deleting} onDone={() => setDeleting(null)} />}
    </div>
  );
}
