import { Navigate } from 'react-router';
import { SettingsScreen, StagesSettings, TagsSettings, type SettingsSection } from '@/features/settings';
import { useIsAdmin } from '@/lib/session';

/** `/settings/stages`, `/settings/tags`: admins only; operators go back to the chats. */
export function SettingsRoute({ section }: { section: SettingsSection }) {
  if (!useIsAdmin()) return <Navigate to="/chats/new" replace />;
  return <SettingsScreen section={section}>{section === 'stages' ? <StagesSettings /> : <TagsSettings />}</SettingsScreen>;
}
