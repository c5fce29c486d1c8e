export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const URL_RE = /\b((?:https?:\/\/|www\.)[^\s<>"']+)/gi;
const TRAILING = /[.,;:!?)\]}'"»]+$/;

/** Splits plain text into text and link parts (rendered as React text, never as HTML). */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_RE)) {
    let url = match[0];
    const start = match.index ?? 0;
    const trailing = url.match(TRAILING)?.[0] ?? '';
    // keep a closing bracket when the URL itself opened one
    if (trailing) url = url.slice(0, url.length - trailing.length);
    if (!url) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    const href = url.toLowerCase().startsWith('www.') ? `https://${url}` : url;
    parts.push({ kind: 'link', text: url, href });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
