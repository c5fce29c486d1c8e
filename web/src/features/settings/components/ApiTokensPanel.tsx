import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ErrorBanner } from '@/components/ErrorBanner';
import { PlusIcon, TrashIcon } from '@/components/icons';
import { TimeAgo } from '@/components/TimeAgo';
import { useI18n } from '@/i18n';
import { errorMessage } from '@/lib/api-client';
import { useApiTokens, useCreateApiToken, useRevokeApiToken, type ApiToken } from '../api/tokens';
import { ConfirmRemoveDialog } from './ConfirmRemoveDialog';
import { CopyField } from './CopyField';
import { ListSkeleton } from './ListSkeleton';

/** API tokens: name one for each integration, see when it was last used, revoke it; the value is shown once. */
export function ApiTokensPanel() {
  const { t } = useI18n();
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const [name, setName] = useState('');
  const [fresh, setFresh] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    create.mutate(name.trim(), {
      onSuccess: (made) => {
        setFresh(made);
        setName('');
      },
    });
  };

  let list;
  if (tokens.isPending) list = <ListSkeleton rows={2} />;
  else if (tokens.isError) list = <ErrorBanner title={t('settings.tokens.loadError')} error={tokens.error} onRetry={() => void tokens.refetch()} />;
  else if (tokens.data.length === 0) list = <p className="sb-muted">{t('settings.tokens.empty')}</p>;
  else {
    list = (
      <ul className="sb-set-list" data-testid="token-list">
        {tokens.data.map((token) => (
          <li key={token.id} className="sb-set-row sb-set-row--token" data-testid="token-row">
            <span className="sb-tpl-row__title">{token.name}</span>
            <span className="sb-muted">
              {t('settings.tokens.created')} <TimeAgo iso={token.createdAt} />
            </span>
            <span className="sb-muted">
              {token.lastUsedAt ? (
                <>
                  {t('settings.tokens.used')} <TimeAgo iso={token.lastUsedAt} />
                </>
              ) : (
                t('settings.tokens.neverUsed')
              )}
            </span>
            <span className="sb-set-row__actions">
              <button type="button" className="sb-icon-btn sb-icon-btn--danger" onClick={() => setRevoking(token)} aria-label={t('settings.tokens.revokeLabel', { name: token.name })} title={t('settings.tokens.revokeLabel', { name: token.name })} data-testid="token-revoke">
                <TrashIcon />
              </button>
            </span>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div className="sb-set-panel sb-set-panel--wide" data-testid="settings-tokens">
      <div className="sb-set-panel__head">
        <div className="sb-set-panel__intro">
          <h2 className="sb-set-panel__title">{t('settings.tokens.title')}</h2>
          <p className="sb-muted">
            {t('settings.tokens.intro')}{' '}
            <a href="/api/v1/docs" target="_blank" rel="noreferrer" data-testid="api-docs-link">
              {t('settings.tokens.docs')}
            </a>
          </p>
        </div>
      </div>
      <form className="sb-inline-form" onSubmit={submit} data-testid="token-form">
        <input className="sb-input" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} placeholder={t('settings.tokens.namePlaceholder')} aria-label={t('settings.tokens.name')} data-testid="token-name" />
        <Button type="submit" variant="primary" icon={<PlusIcon />} loading={create.isPending} disabled={!name.trim()} data-testid="token-create">
          {t('settings.tokens.create')}
        </Button>
      </form>
      {create.isError && <ErrorBanner compact title={t('settings.saveFailed')} message={errorMessage(create.error, t('settings.saveFailed'))} />}
      {fresh && (
        <div className="sb-channel-setup" data-testid="token-fresh">
          <p className="sb-channel-setup__steps">{t('settings.tokens.shownOnce', { name: fresh.name })}</p>
          <CopyField label={t('settings.tokens.value')} value={fresh.token} testId="token-value" />
        </div>
      )}
      {list}
      {revoking && (
        <ConfirmRemoveDialog
          id={revoking.id}
          remove={revoke}
          title={t('settings.tokens.revokeTitle', { name: revoking.name })}
          done={t('settings.tokens.revoked', { name: revoking.name })}
          confirmLabel={t('settings.tokens.revoke')}
          failedTitle={t('settings.tokens.revokeFailed')}
          testId="revoke-token-dialog"
          confirmTestId="confirm-revoke-token"
          onDone={() => setRevoking(null)}
        >
          <p>{t('settings.tokens.revokeText')}</p>
        </ConfirmRemoveDialog>
      )}
    </div>
  );
}
