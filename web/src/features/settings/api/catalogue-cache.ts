import type { QueryClient } from '@tanstack/react-query';
import type { FunnelStage } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** Stages or tags changed: chat rows show their names and colours, and a group decides a chat's tab. */
export function refreshAfterCatalogueChange(qc: QueryClient, key: readonly unknown[]) {
  void qc.invalidateQueries({ queryKey: key });
  void qc.invalidateQueries({ queryKey: queryKeys.chats });
  void qc.invalidateQueries({ queryKey: queryKeys.openChats });
}

/** The cached funnel with one stage changed (and moved, when its position changes), positions renumbered. */
export function withStageChanged(stages: FunnelStage[], id: string, change: Partial<Pick<FunnelStage, 'name' | 'group' | 'position'>>): FunnelStage[] {
  const current = stages.find((s) => s.id === id);
  if (!current) return stages;
  const changed = { ...current, ...change };
  const rest = stages.filter((s) => s.id !== id);
  const at = change.position === undefined ? stages.indexOf(current) : Math.max(0, Math.min(change.position, rest.length));
  rest.splice(at, 0, changed);
  return rest.map((s, position) => ({ ...s, position }));
}
