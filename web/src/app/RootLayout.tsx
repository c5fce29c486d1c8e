import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { ErrorBanner } from '@/components/ErrorBanner';
import { Spinner } from '@/components/Spinner';
import { SignInPage, useMe } from '@/features/auth';
import { useI18n } from '@/i18n';
import { realtime } from '@/lib/realtime';
import { SessionProvider } from '@/lib/session';
import { AppShell } from './AppShell';
import { NewChatAlerts } from './NewChatAlerts';
import { connectRealtimeToCache } from './realtime-bridge';

function LiveUpdates() {
  const qc = useQueryClient();
  useEffect(() => {
    const disconnect = connectRealtimeToCache(realtime, qc);
    realtime.start();
    return () => {
      disconnect();
      realtime.stop();
    };
  }, [qc]);
  return null;
}

/** While the app starts (also while a lazily loaded first screen arrives). */
export function Splash() {
  const { t } = useI18n();
  return (
    <div className="sb-splash">
      <Spinner size="lg" label={t('app.loading')} />
    </div>
  );
}

/** Signed out → the sign-in page (the URL is kept); signed in → the shell with live updates. */
export function RootLayout() {
  const { t, suggestLocale } = useI18n();
  const me = useMe();
  const workspaceLocale = me.data?.workspace.locale;

  useEffect(() => {
    if (workspaceLocale) suggestLocale(workspaceLocale);
  }, [workspaceLocale, suggestLocale]);

  if (me.isPending) return <Splash />;
  // A failed background check (e.g. while offline) keeps the known session on screen.
  if (me.isError && !me.data) {
    return (
      <div className="sb-splash">
        <ErrorBanner title={t('common.error')} error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  if (!me.data) return <SignInPage />;
  return (
    <SessionProvider value={me.data}>
      <LiveUpdates />
      <NewChatAlerts connection={realtime} />
      <AppShell>
        <Outlet />
      </AppShell>
    </SessionProvider>
  );
}
