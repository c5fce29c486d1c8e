export { ChatsScreen } from './components/ChatsScreen';
export type { ChatsScreenProps } from './components/ChatsScreen';
