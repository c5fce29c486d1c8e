import { type Embed, startWidget } from './start';
import { warn } from './warn';
import type { ChatWidget } from './widget';

export interface SwitchboardWidgetApi {
  open(): void;
  close(): void;
}

declare global {
  interface Window {
    SwitchboardWidget?: SwitchboardWidgetApi;
  }
}

/**
 * The embed's settings from its script tag: the one running, else the first `/widget.js` with a data-channel
 * (also with a query, e.g. `widget.js?v=2`).
 */
export function readEmbed(current: HTMLScriptElement | null): Embed | null {
  const script = current?.dataset.channel
    ? current
    : document.querySelector<HTMLScriptElement>('script[data-channel][src*="/widget.js"]');
  const channel = script?.dataset.channel?.trim();
  if (!script || !channel) {
    warn('add data-channel="<channel id>" to the widget.js script tag.');
    return null;
  }
  let base: string;
  try {
    base = new URL(script.src, document.baseURI).origin;
  } catch {
    warn('the script has no valid src.');
    return null;
  }
  const lang = script.dataset.lang?.trim() || null;
  if (lang && lang !== 'ru' && lang !== 'en') warn(`data-lang="${lang}" is not supported; use "ru" or "en".`);
  return { base, channel, lang, open: script.dataset.open === 'true' };
}

/** Reads the script tag, exposes `window.SwitchboardWidget` at once and shows the widget once the page has a body. */
export function install(current: HTMLScriptElement | null): void {
  if (window.SwitchboardWidget) {
    warn('widget.js is included more than once; only the first one is used.');
    return;
  }
  const embed = readEmbed(current);
  if (!embed) return;
  let widget: ChatWidget | null = null;
  // open() or close() called before the widget appeared: applied when it does
  let wanted: boolean | null = null;
  window.SwitchboardWidget = {
    open: () => (widget ? widget.open() : (wanted = true)),
    close: () => (widget ? widget.close() : (wanted = false)),
  };
  const start = () =>
    void startWidget(embed).then((shown) => {
      widget = shown;
      if (wanted === true) shown?.open();
      if (wanted === false) shown?.close();
    });
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}
