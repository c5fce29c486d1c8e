/** "/" then a shortcut being typed: at the start of the text or after a space, up to the caret. */
const SLASH = /(^|\s)\/([\p{L}\p{N}_-]{0,32})$/u;

export interface SlashToken {
  /** Where the "/" is. */
  start: number;
  /** Just after the last character typed (the caret). */
  end: number;
  /** What follows the "/". */
  query: string;
}

/** The "/shortcut" the caret is at the end of, or null. */
export function slashToken(text: string, caret: number): SlashToken | null {
  const match = SLASH.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[2].length - 1, end: caret, query: match[2] };
}

/** The text with `range` replaced by `insert`, and where the caret goes (after the insert). */
export function replaceRange(text: string, range: { start: number; end: number }, insert: string): { text: string; caret: number } {
  return { text: text.slice(0, range.start) + insert + text.slice(range.end), caret: range.start + insert.length };
}
