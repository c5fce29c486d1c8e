/**
 * Which chats the mass actions apply to: chosen rows, or everything the tab's filter
 * matches (also the rows not loaded yet).
 */
export type Selection = { mode: 'ids'; ids: ReadonlySet<string> } | { mode: 'filter' };

export const NO_SELECTION: Selection = { mode: 'ids', ids: new Set() };

export function isSelected(selection: Selection, id: string): boolean {
  return selection.mode === 'filter' || selection.ids.has(id);
}

export function isEmpty(selection: Selection): boolean {
  return selection.mode === 'ids' && selection.ids.size === 0;
}

/** One row on or off; leaving "by filter" keeps every loaded row but this one. */
export function toggleRow(selection: Selection, id: string, loaded: readonly string[]): Selection {
  if (selection.mode === 'filter') return { mode: 'ids', ids: new Set(loaded.filter((other) => other !== id)) };
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { mode: 'ids', ids };
}

/** Shift+click: every row between the two, set like the clicked one becomes. */
export function toggleRange(selection: Selection, from: string, to: string, loaded: readonly string[]): Selection {
  const a = loaded.indexOf(from);
  const b = loaded.indexOf(to);
  if (a < 0 || b < 0) return toggleRow(selection, to, loaded);
  const on = !isSelected(selection, to);
  const base = selection.mode === 'filter' ? new Set(loaded) : new Set(selection.ids);
  for (const id of loaded.slice(Math.min(a, b), Math.max(a, b) + 1)) {
    if (on) base.add(id);
    else base.delete(id);
  }
  return { mode: 'ids', ids: base };
}

/** How the loaded rows stand: for the header checkbox. */
export function pageState(selection: Selection, loaded: readonly string[]): 'none' | 'some' | 'all' {
  if (loaded.length === 0) return 'none';
  if (selection.mode === 'filter') return 'all';
  const chosen = loaded.filter((id) => selection.ids.has(id)).length;
  if (chosen === 0) return selection.ids.size > 0 ? 'some' : 'none';
  return chosen === loaded.length ? 'all' : 'some';
}

/** The header checkbox: selects every loaded row, or clears when they all are. */
export function togglePage(selection: Selection, loaded: readonly string[]): Selection {
  return pageState(selection, loaded) === 'all' ? NO_SELECTION : { mode: 'ids', ids: new Set(loaded) };
}
