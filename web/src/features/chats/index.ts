export { ChatsScreen } from './components/ChatsScreen';
export type { ChatsScreenProps } from './components/ChatsScreen';
export { chatCountsQueryOptions } from './api/get-chat-counts';
