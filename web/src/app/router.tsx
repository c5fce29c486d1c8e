import { createBrowserRouter, Navigate } from 'react-router';
import { ChatsRoute } from './routes/ChatsRoute';
import { RootLayout } from './RootLayout';

export const routes = [
  {
    element: <RootLayout />,
    children: [
      { index: true, element: <Navigate to="/chats/new" replace /> },
      { path: 'chats', element: <Navigate to="/chats/new" replace /> },
      { path: 'chats/:category/:chatId?', element: <ChatsRoute /> },
      { path: '*', element: <Navigate to="/chats/new" replace /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
