import { useCallback, useEffect, useRef, useState } from 'react';
import { isEmpty, NO_SELECTION, toggleRange, togglePage, toggleRow, type Selection } from '../model/selection';

/**
 * The row selection of the table. Starts over whenever `scope` (tab + filter) changes, since
 * the chats it named are no longer the ones on screen.
 */
export function useSelection(scope: string, loaded: readonly string[]) {
  const [state, setState] = useState<{ scope: string; selection: Selection }>({ scope, selection: NO_SELECTION });
  if (state.scope !== scope) setState({ scope, selection: NO_SELECTION });
  const selection = state.scope === scope ? state.selection : NO_SELECTION;
  const anchor = useRef<string | null>(null);
  const loadedRef = useRef(loaded);
  useEffect(() => {
    loadedRef.current = loaded;
  });

  const set = useCallback((change: (s: Selection) => Selection) => {
    setState((current) => ({ ...current, selection: change(current.selection) }));
  }, []);

  const toggle = useCallback(
    (id: string, range = false) => {
      const from = anchor.current;
      set((s) => (range && from ? toggleRange(s, from, id, loadedRef.current) : toggleRow(s, id, loadedRef.current)));
      anchor.current = id;
    },
    [set],
  );
  const togglePageRows = useCallback(() => set((s) => togglePage(s, loadedRef.current)), [set]);
  const selectMatching = useCallback(() => set(() => ({ mode: 'filter' })), [set]);
  const clear = useCallback(() => {
    anchor.current = null;
    set(() => NO_SELECTION);
  }, [set]);

  return { selection, empty: isEmpty(selection), toggle, togglePage: togglePageRows, selectMatching, clear };
}
