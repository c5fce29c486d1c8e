import { ExternalIcon } from '@/components/icons';
import { useI18n } from '@/i18n';
import type { PostRef } from '@/lib/api-types';

/** A comment chat's post, above its history: what the client is commenting on, and a link to it. */
export function PostCard({ post }: { post: PostRef }) {
  const { t } = useI18n();
  const url = post.url && /^https?:\/\//.test(post.url) ? post.url : null;
  return (
    <div className="sb-post-card" data-testid="post-card">
      <span className="sb-post-card__label">{t('chat.post')}</span>
      <span className="sb-post-card__text">{post.text?.trim() || t('chat.postWithoutText')}</span>
      {url && (
        <a className="sb-post-card__link" href={url} target="_blank" rel="noopener noreferrer" data-testid="post-link">
          {t('chat.openPost')}
          <ExternalIcon size={12} />
        </a>
      )}
    </div>
  );
}
