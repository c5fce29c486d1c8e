import { ExternalIcon } from '@/components/icons';
import { useI18n } from '@/i18n';
import type { PostRef } from '@/lib/api-types';

/**
 * Above a chat's history: a comment chat's post (what the client is commenting on), or the page
 * of the site a widget visitor began the dialog on; with a link to it.
 */
export function PostCard({ post, kind = 'post' }: { post: PostRef; kind?: 'post' | 'page' }) {
  const { t } = useI18n();
  const url = post.url && /^https?:\/\//.test(post.url) ? post.url : null;
  const page = kind === 'page';
  return (
    <div className="sb-post-card" data-testid="post-card" data-kind={kind}>
      <span className="sb-post-card__label">{t(page ? 'chat.page' : 'chat.post')}</span>
      <span className="sb-post-card__text">{post.text?.trim() || (page ? url?.replace(/^https?:\/\//, '') : null) || t('chat.postWithoutText')}</span>
      {url && (
        <a className="sb-post-card__link" href={url} target="_blank" rel="noopener noreferrer" data-testid="post-link">
          {t(page ? 'chat.openPage' : 'chat.openPost')}
          <ExternalIcon size={12} />
        </a>
      )}
    </div>
  );
}
