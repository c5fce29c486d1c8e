import { useI18n, type MessageKey } from '@/i18n';
import type { Message } from '@/lib/api-types';
import { formatClock } from '@/lib/format';

const KINDS = new Set(['accepted', 'archived', 'reopened', 'assigned', 'stage_changed', 'created']);
const WITH_SUBJECT = new Set(['assigned', 'stage_changed']);

/** "Anna accepted the chat · 14:05" — a small centred grey line, worded from event.kind. */
export function EventLine({ message }: { message: Message }) {
  const { t, locale } = useI18n();
  const kind = message.event?.kind;
  const actor = message.event?.actor ?? message.author;
  let text: string;
  const subject = message.event?.subject;
  if (kind && WITH_SUBJECT.has(kind) && subject) {
    text = actor
      ? t(`event.${kind}.subject` as MessageKey, { actor: actor.name, subject })
      : t(`event.${kind}.subjectOnly` as MessageKey, { subject });
  } else if (kind && KINDS.has(kind)) {
    text = actor ? t(`event.${kind}` as MessageKey, { actor: actor.name }) : t(`event.${kind}.anonymous` as MessageKey);
  } else {
    text = message.text?.trim() || t('event.unknown');
  }
  return (
    <div className="sb-event" data-testid="message" data-direction="event" data-status="" data-message-id={message.id} data-event={kind ?? ''}>
      <span>
        {text} · <time dateTime={message.createdAt}>{formatClock(message.createdAt, locale)}</time>
      </span>
    </div>
  );
}
