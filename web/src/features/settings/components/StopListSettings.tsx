import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useClient } from '@/api/get-client';
import { Badge } from '@/components/Badge';
import { Button } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorBanner } from '@/components/ErrorBanner';
import { BanIcon, PlusIcon, TrashIcon } from '@/components/icons';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import { errorMessage, fieldErrors, isApiError } from '@/lib/api-client';
import type { StopEntry, StopKind } from '@/lib/api-types';
import { useAddStopEntry } from '../api/add-stop-entry';
import { useDeleteStopEntry } from '../api/delete-stop-entry';
import { useStopList } from '../api/get-stoplist';
import { ListSkeleton } from './ListSkeleton';

const KINDS: readonly StopKind[] = ['client', 'post', 'word'];

/** A blocked client: their name and a link to their latest chat, once the card loads; the id otherwise. */
function ClientValue({ clientId }: { clientId: string }) {
  const { t } = useI18n();
  const card = useClient(clientId);
  const latest = card.data?.chats[0];
  if (!card.data) return <code className="sb-stop__id">{clientId}</code>;
  return (
    <span className="sb-stop__client">
      {latest ? (
        <Link to={`/chats/${latest.category}/${encodeURIComponent(latest.id)}`} data-testid="stoplist-client-link" title={t('settings.stoplist.openChat')}>
          {card.data.name}
        </Link>
      ) : (
        <span>{card.data.name}</span>
      )}
      <code className="sb-stop__id">{clientId}</code>
    </span>
  );
}

function NewEntryForm() {
  const { t } = useI18n();
  const toast = useToast();
  const add = useAddStopEntry();
  const [kind, setKind] = useState<Exclude<StopKind, 'client'>>('word');
  const [value, setValue] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const error = local ?? (add.isError ? (isApiError(add.error, 409) ? t('settings.stoplist.duplicate') : (Object.values(fieldErrors(add.error))[0] ?? errorMessage(add.error, t('settings.saveFailed')))) : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (!trimmed) return setLocal(t(`settings.stoplist.required.${kind}`));
    add.mutate(
      { kind, value: trimmed },
      {
        onSuccess: () => {
          setValue('');
          toast.show(t('settings.stoplist.added', { value: trimmed }), 'success');
        },
      },
    );
  };

  return (
    <form className="sb-set-new" onSubmit={submit} aria-label={t('settings.stoplist.add')} noValidate>
      <select className="sb-select" value={kind} onChange={(e) => setKind(e.target.value as 'word' | 'post')} aria-label={t('settings.stoplist.kind')} data-testid="stoplist-kind" name="kind">
        <option value="word">{t('settings.stoplist.kind.word')}</option>
        <option value="post">{t('settings.stoplist.kind.post')}</option>
      </select>
      <input
        className="sb-input sb-input--sm"
        value={value}
        maxLength={200}
        name="value"
        placeholder={t(`settings.stoplist.placeholder.${kind}`)}
        aria-label={t(`settings.stoplist.placeholder.${kind}`)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setLocal(null);
          if (add.isError) add.reset();
        }}
        data-testid="stoplist-value"
      />
      <Button type="submit" size="sm" variant="primary" icon={<PlusIcon />} loading={add.isPending} data-testid="stoplist-add">
        {t('settings.stoplist.add')}
      </Button>
      {error && (
        <span className="sb-set-new__error" role="alert" data-testid="stoplist-error">
          {error}
        </span>
      )}
    </form>
  );
}

/** «Стоп-лист»: clients, posts and words whose messages go straight to the archive, without notifying anyone. */
export function StopListSettings() {
  const { t } = useI18n();
  const toast = useToast();
  const list = useStopList();
  const remove = useDeleteStopEntry();
  const entries = [...(list.data ?? [])].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.value.localeCompare(b.value));

  const onDelete = (entry: StopEntry) =>
    remove.mutate(entry.id, {
      onSuccess: () => toast.show(t('settings.stoplist.removed'), 'success'),
      onError: (error) => toast.show(errorMessage(error, t('settings.deleteFailed')), 'error'),
    });

  let body;
  if (list.isPending) {
    body = <ListSkeleton rows={2} />;
  } else if (list.isError) {
    body = <ErrorBanner title={t('settings.stoplist.loadError')} error={list.error} onRetry={() => void list.refetch()} />;
  } else if (entries.length === 0) {
    body = <EmptyState icon={<BanIcon size={22} />} title={t('settings.stoplist.empty')} text={t('settings.stoplist.emptyText')} />;
  } else {
    body = (
      <ul className="sb-set-list" aria-label={t('settings.section.stoplist')} data-testid="stoplist">
        {entries.map((entry) => (
          <li key={entry.id} className="sb-set-row sb-set-row--stop" data-testid="stoplist-row" data-kind={entry.kind} data-value={entry.value}>
            <Badge tone={entry.kind === 'client' ? 'danger' : entry.kind === 'post' ? 'accent' : 'neutral'}>{t(`settings.stoplist.kind.${entry.kind}`)}</Badge>
            <span className="sb-stop__value">{entry.kind === 'client' ? <ClientValue clientId={entry.value} /> : entry.value}</span>
            <span className="sb-set-row__actions">
              <button
                type="button"
                className="sb-icon-btn sb-icon-btn--danger"
                onClick={() => onDelete(entry)}
                aria-label={t('settings.stoplist.remove', { value: entry.value })}
                title={t('settings.stoplist.remove', { value: entry.value })}
                data-testid="stoplist-delete"
              >
                <TrashIcon />
              </button>
            </span>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div className="sb-set-panel" data-testid="settings-stoplist">
      <div className="sb-set-panel__intro">
        <h2 className="sb-set-panel__title">{t('settings.section.stoplist')}</h2>
        <p className="sb-muted">{t('settings.stoplist.intro')}</p>
      </div>
      {body}
      <NewEntryForm />
    </div>
  );
}
