import { createBrowserRouter, Navigate } from 'react-router';
import type { SettingsSection } from '@/features/settings';
import { ChatsRoute } from './routes/ChatsRoute';
import { RootLayout, Splash } from './RootLayout';

/** The settings screens load on first visit: most days nobody needs them. */
async function settings(section: SettingsSection | null) {
  const { SettingsRoute } = await import('./routes/SettingsRoute');
  return { element: <SettingsRoute section={section} /> };
}

/** Analytics load on first visit too. */
async function analytics() {
  const { AnalyticsRoute } = await import('./routes/AnalyticsRoute');
  return { element: <AnalyticsRoute /> };
}

const SECTIONS: readonly SettingsSection[] = ['channels', 'stages', 'tags', 'templates', 'users', 'stoplist', 'api', 'workspace'];

export const routes = [
  {
    element: <RootLayout />,
    HydrateFallback: Splash,
    children: [
      { index: true, element: <Navigate to="/chats/new" replace /> },
      { path: 'chats', element: <Navigate to="/chats/new" replace /> },
      { path: 'chats/:category/:chatId?', element: <ChatsRoute /> },
      { path: 'analytics', lazy: analytics },
      { path: 'settings', lazy: () => settings(null) },
      ...SECTIONS.map((section) => ({ path: `settings/${section}`, lazy: () => settings(section) })),
      { path: '*', element: <Navigate to="/chats/new" replace /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
