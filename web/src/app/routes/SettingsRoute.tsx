import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import {
  ApiTokensPanel,
  ChannelsSettings,
  OPERATOR_SECTIONS,
  SettingsScreen,
  StagesSettings,
  StopListSettings,
  TagsSettings,
  TemplatesSettings,
  UsersSettings,
  WebhooksSettings,
  WorkspaceSettings,
  type SettingsSection,
} from '@/features/settings';
import { useIsAdmin } from '@/lib/session';

const SCREENS: Record<SettingsSection, () => ReactNode> = {
  channels: () => <ChannelsSettings />,
  stages: () => <StagesSettings />,
  tags: () => <TagsSettings />,
  templates: () => <TemplatesSettings />,
  users: () => <UsersSettings />,
  stoplist: () => <StopListSettings />,
  api: () => (
    <div className="sb-settings__stack">
      <ApiTokensPanel />
      <WebhooksSettings />
    </div>
  ),
  workspace: () => <WorkspaceSettings />,
};

/**
 * `/settings/:section`. Owners and admins see every section; operators only their templates,
 * and the other addresses lead them there. `/settings` opens the first section one may see.
 */
export function SettingsRoute({ section }: { section: SettingsSection | null }) {
  const admin = useIsAdmin();
  if (section === null) return <Navigate to={admin ? '/settings/channels' : '/settings/templates'} replace />;
  if (!admin && !OPERATOR_SECTIONS.includes(section)) return <Navigate to="/settings/templates" replace />;
  return (
    <SettingsScreen section={section} admin={admin}>
      {SCREENS[section]()}
    </SettingsScreen>
  );
}
