/**
 * A tiny element builder. Text always goes in as text nodes and attributes as attributes: nothing the server or the
 * visitor wrote is ever parsed as HTML.
 */

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value == null) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

const ICONS = {
  chat: 'M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.6 3.7A.9.9 0 0 1 4 19V5.5Z',
  close: 'M6 6l12 12M18 6L6 18',
  send: 'M4 12l16-8-6 16-2.5-6.5L4 12Zm7.5 1.5L20 4',
  attach:
    'M20 11.5l-7.8 7.8a5 5 0 0 1-7.1-7.1l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4l7.8-7.8',
  file: 'M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8l-5-5Zm0 0v5h5',
} as const;

const SVG = 'http://www.w3.org/2000/svg';

/** An inline SVG icon, stroked in the current colour (filled when `filled`); see `.icon` in the styles. */
export function icon(name: keyof typeof ICONS, filled = false): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `icon icon-${name}${filled ? ' filled' : ''}`);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', ICONS[name]);
  svg.append(path);
  return svg;
}

export const DEFAULT_COLOR = '#2563eb';

/** The channel colour when it is a `#rrggbb`, else the default blue. */
export function accentColor(value: unknown): string {
  return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value) ? value : DEFAULT_COLOR;
}

const DARK_TEXT = '#111827';

/** White keeps at least a 3:1 contrast (the WCAG minimum for UI) on this colour. */
function isDark(color: string): boolean {
  const channel = (i: number) => {
    const c = parseInt(color.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05) >= 3;
}

/** Text on the channel colour: white, as brands expect, unless the colour is too light for it. */
export function textColorOn(color: string): string {
  return isDark(color) ? '#ffffff' : DARK_TEXT;
}

/** Accents on white (icons, focus rings): the channel colour unless it is too light to see. */
export function inkOnWhite(color: string): string {
  return isDark(color) ? color : DARK_TEXT;
}

/** An http(s) address on the server for an attachment path; null for anything else (javascript:, data: …). */
export function serverUrl(path: string, base: string): string | null {
  try {
    const url = new URL(path, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
