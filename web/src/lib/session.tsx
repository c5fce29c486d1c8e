import { createContext, useContext, type ReactNode } from 'react';
import type { Me } from './api-types';

const SessionContext = createContext<Me | null>(null);

/** The signed-in user and workspace; provided by the app once `GET /api/v1/me` answered. */
export function SessionProvider({ value, children }: { value: Me; children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession() outside <SessionProvider>');
  return me;
}

/** Like useSession but null when signed out (for shared components). */
export function useOptionalSession(): Me | null {
  return useContext(SessionContext);
}

/** Owners and admins manage the workspace (stages, tags, users, channels); operators do not. */
export function useIsAdmin(): boolean {
  return useSession().user.role !== 'operator';
}
