import { Navigate } from 'react-router';
import { AnalyticsScreen } from '@/features/analytics';
import { useIsAdmin } from '@/lib/session';

/** Analytics are for owners and admins; an operator is taken to the chats. */
export function AnalyticsRoute() {
  return useIsAdmin() ? <AnalyticsScreen /> : <Navigate to="/chats/new" replace />;
}
