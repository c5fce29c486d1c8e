export { SettingsScreen } from './components/SettingsScreen';
export type { SettingsSection } from './components/SettingsScreen';
export { StagesSettings } from './components/StagesSettings';
export { TagsSettings } from './components/TagsSettings';
