import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '@/i18n';
import { getAttentionPrefs, playChime, showNotification } from '@/lib/attention';
import type { RealtimeConnection } from '@/lib/realtime';

/**
 * A new chat in New (`chat.created`): a chime and a desktop notification, each when switched
 * on in the account menu. The notification only shows while the tab is not in front; a click
 * on it opens the chat.
 */
export function NewChatAlerts({ connection }: { connection: RealtimeConnection }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const latest = useRef({ t, navigate });
  useEffect(() => {
    latest.current = { t, navigate };
  });
  useEffect(
    () =>
      connection.subscribe({
        onFrame: (frame) => {
          if (frame.type !== 'chat.created' || frame.chat?.category !== 'new') return;
          const prefs = getAttentionPrefs();
          if (prefs.sound) playChime();
          if (prefs.notify && (document.hidden || !document.hasFocus())) {
            const { chat } = frame;
            const text = chat.lastMessage?.text?.trim() || latest.current.t('chats.attachment');
            showNotification(latest.current.t('attention.newChat', { name: chat.client.name }), text, `chat-${chat.id}`, () =>
              latest.current.navigate(`/chats/new/${encodeURIComponent(chat.id)}`),
            );
          }
        },
      }),
    [connection],
  );
  return null;
}
