export { SettingsScreen, ADMIN_SECTIONS, OPERATOR_SECTIONS } from './components/SettingsScreen';
export type { SettingsSection } from './components/SettingsScreen';
export { StagesSettings } from './components/StagesSettings';
export { TagsSettings } from './components/TagsSettings';
export { TemplatesSettings } from './components/TemplatesSettings';
export { UsersSettings } from './components/UsersSettings';
export { StopListSettings } from './components/StopListSettings';
export { WorkspaceSettings } from './components/WorkspaceSettings';
export { ChannelsSettings } from './components/ChannelsSettings';
