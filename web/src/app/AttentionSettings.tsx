import { useState } from 'react';
import { Switch } from '@/components/Switch';
import { useI18n } from '@/i18n';
import { notificationPermission, playChime, requestNotifications, setAttentionPrefs, useAttentionPrefs } from '@/lib/attention';

/** In the account menu: a desktop notification and a chime for a new chat, both off until switched on. */
export function AttentionSettings() {
  const { t } = useI18n();
  const prefs = useAttentionPrefs();
  const [permission, setPermission] = useState(notificationPermission);
  const [asking, setAsking] = useState(false);
  const unsupported = permission === 'unsupported';

  const toggleNotify = async (on: boolean) => {
    if (!on) return setAttentionPrefs({ notify: false });
    setAsking(true);
    const granted = await requestNotifications();
    setAsking(false);
    setPermission(notificationPermission());
    setAttentionPrefs({ notify: granted });
  };

  const toggleSound = (on: boolean) => {
    setAttentionPrefs({ sound: on });
    // Played from this click, which also lets the browser play the later ones.
    if (on) playChime();
  };

  return (
    <div className="sb-user__prefs" role="group" aria-label={t('attention.title')}>
      <span className="sb-user__section-label">{t('attention.title')}</span>
      <Switch
        checked={prefs.notify && permission === 'granted'}
        disabled={unsupported || asking}
        onChange={(e) => void toggleNotify(e.target.checked)}
        label={t('attention.notify')}
        data-testid="pref-notify"
      />
      {unsupported && <span className="sb-user__note">{t('attention.unsupported')}</span>}
      {permission === 'denied' && <span className="sb-user__note" role="status">{t('attention.denied')}</span>}
      <Switch checked={prefs.sound} onChange={(e) => toggleSound(e.target.checked)} label={t('attention.sound')} data-testid="pref-sound" />
    </div>
  );
}
