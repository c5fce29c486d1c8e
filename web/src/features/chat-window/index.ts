export { ChatWindow } from './components/ChatWindow';
export type { ChatWindowProps } from './components/ChatWindow';
export { upsertMessage } from './api/messages-cache';
