import { describe, expect, it } from 'vitest';
import { isSelected, NO_SELECTION, pageState, toggleRange, togglePage, toggleRow, type Selection } from './selection';

const loaded = ['a', 'b', 'c', 'd'];
const ids = (s: Selection) => (s.mode === 'ids' ? [...s.ids].sort() : 'filter');

describe('row selection', () => {
  it('toggles rows and reports the page state for the header checkbox', () => {
    let s = toggleRow(NO_SELECTION, 'b', loaded);
    expect(ids(s)).toEqual(['b']);
    expect(pageState(s, loaded)).toBe('some');
    s = togglePage(s, loaded);
    expect(pageState(s, loaded)).toBe('all');
    s = togglePage(s, loaded);
    expect(pageState(s, loaded)).toBe('none');
  });

  it('selects a range with Shift, on or off like the clicked row', () => {
    let s = toggleRange(NO_SELECTION, 'a', 'c', loaded);
    expect(ids(s)).toEqual(['a', 'b', 'c']);
    s = toggleRange(s, 'c', 'b', loaded);
    expect(ids(s)).toEqual(['a']);
  });

  it('in "all matching" mode every row is selected; unticking one goes back to the loaded rows but it', () => {
    const all: Selection = { mode: 'filter' };
    expect(isSelected(all, 'zzz')).toBe(true);
    expect(pageState(all, loaded)).toBe('all');
    expect(ids(toggleRow(all, 'b', loaded))).toEqual(['a', 'c', 'd']);
  });
});
