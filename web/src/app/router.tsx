import { createBrowserRouter, Navigate } from 'react-router';
import { ChatsRoute } from './routes/ChatsRoute';
import { RootLayout, Splash } from './RootLayout';

/** The settings screens load on first visit: operators never need them. */
async function settings(section: 'stages' | 'tags') {
  const { SettingsRoute } = await import('./routes/SettingsRoute');
  return { element: <SettingsRoute section={section} /> };
}

export const routes = [
  {
    element: <RootLayout />,
    HydrateFallback: Splash,
    children: [
      { index: true, element: <Navigate to="/chats/new" replace /> },
      { path: 'chats', element: <Navigate to="/chats/new" replace /> },
      { path: 'chats/:category/:chatId?', element: <ChatsRoute /> },
      { path: 'settings', element: <Navigate to="/settings/stages" replace /> },
      { path: 'settings/stages', lazy: () => settings('stages') },
      { path: 'settings/tags', lazy: () => settings('tags') },
      { path: '*', element: <Navigate to="/chats/new" replace /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
