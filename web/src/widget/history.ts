import { linkify } from '../lib/linkify';
import { el, icon, serverUrl } from './dom';
import { clock, dayKey, dayLabel, fileSize, type Lang, type Words } from './i18n';
import type { Entry } from './store';
import type { Attachment } from './types';

export interface HistoryState {
  entries: readonly Entry[];
  loading: boolean;
  hasOlder: boolean;
  loadingOlder: boolean;
}

export interface HistoryOptions {
  words: Words;
  lang: Lang;
  base: string;
  title: string;
  greeting: string | null;
  retry(key: string): void;
  showOlder(): void;
  /** An image finished loading: the history grew. */
  grew(): void;
}

function textParts(text: string): Node[] {
  return linkify(text).map((part) =>
    part.kind === 'link'
      ? el('a', { href: part.href, target: '_blank', rel: 'noopener noreferrer' }, part.text)
      : document.createTextNode(part.text),
  );
}

/** Puts the nodes in the container in this order, moving only what changed (focus and loaded images survive). */
function sync(container: HTMLElement, nodes: Node[]): void {
  nodes.forEach((node, i) => {
    const current = container.childNodes[i] ?? null;
    if (current !== node) container.insertBefore(node, current);
  });
  while (container.childNodes.length > nodes.length) container.lastChild?.remove();
}

/** The list of messages: greeting, day separators, the operator's name over a run of their messages, bubbles. */
export class HistoryView {
  readonly #rows = new Map<string, { signature: string; node: HTMLElement }>();
  readonly #days = new Map<string, HTMLElement>();
  readonly #olderButton: HTMLButtonElement;
  readonly #greeting: HTMLElement | null;
  readonly #empty: HTMLElement;
  readonly #loading: HTMLElement;
  readonly #container: HTMLElement;
  readonly #options: HistoryOptions;

  constructor(container: HTMLElement, options: HistoryOptions) {
    this.#container = container;
    this.#options = options;
    const { words } = options;
    this.#olderButton = el('button', { type: 'button', class: 'older' }, words.showOlder);
    this.#olderButton.addEventListener('click', () => options.showOlder());
    this.#greeting = options.greeting
      ? el(
          'div',
          { class: 'row operator greeting' },
          el('div', { class: 'author' }, options.title),
          el('div', { class: 'bubble' }, ...textParts(options.greeting)),
        )
      : null;
    this.#empty = el('p', { class: 'note' }, words.empty);
    this.#loading = el('div', { class: 'loading' }, el('span', { class: 'spinner', 'aria-hidden': 'true' }), words.loading);
  }

  render({ entries, loading, hasOlder, loadingOlder }: HistoryState): void {
    const nodes: Node[] = [];
    this.#olderButton.disabled = loadingOlder;
    // the greeting opens the conversation: above the first message, not above the oldest one loaded so far
    const top = hasOlder ? this.#olderButton : this.#greeting;
    if (top) nodes.push(top);
    if (!entries.length && loading) nodes.push(this.#loading);
    else if (!entries.length && !this.#greeting) nodes.push(this.#empty);

    const now = Date.now();
    const kept = new Set<string>();
    const keptDays = new Set<string>();
    let previous: Entry | null = null;
    let previousDay = '';
    for (const entry of entries) {
      const day = dayKey(entry.createdAt);
      const newDay = day !== previousDay;
      if (newDay) {
        nodes.push(this.#day(day, entry.createdAt, now));
        keptDays.add(day);
      }
      const showAuthor =
        entry.from === 'operator' && (newDay || previous?.from !== 'operator' || previous.author !== entry.author);
      nodes.push(this.#row(entry, showAuthor));
      kept.add(entry.key);
      previous = entry;
      previousDay = day;
    }
    for (const key of this.#rows.keys()) if (!kept.has(key)) this.#rows.delete(key);
    for (const key of this.#days.keys()) if (!keptDays.has(key)) this.#days.delete(key);
    sync(this.#container, nodes);
  }

  #day(key: string, iso: string, now: number): HTMLElement {
    const label = dayLabel(iso, this.#options.lang, now);
    let node = this.#days.get(key);
    if (!node) this.#days.set(key, (node = el('div', { class: 'day', role: 'separator' })));
    if (node.textContent !== label) node.textContent = label;
    return node;
  }

  #row(entry: Entry, showAuthor: boolean): HTMLElement {
    const signature = JSON.stringify([entry.delivery, entry.text, entry.attachments, entry.createdAt, entry.author, showAuthor]);
    const cached = this.#rows.get(entry.key);
    if (cached?.signature === signature) return cached.node;
    const { words, title } = this.#options;
    const bubble = el('div', { class: 'bubble' }, ...(entry.text ? textParts(entry.text) : []));
    entry.attachments.forEach((a) => bubble.append(this.#attachment(a)));
    let meta: HTMLElement;
    if (entry.delivery === 'failed') {
      meta = el('button', { type: 'button', class: 'meta retry' }, words.notSent);
      meta.addEventListener('click', () => this.#options.retry(entry.key));
    } else if (entry.delivery === 'pending') {
      meta = el('div', { class: 'meta' }, words.sending);
    } else {
      meta = el('div', { class: 'meta' }, el('time', { datetime: entry.createdAt }, clock(entry.createdAt)));
    }
    const node = el(
      'div',
      { class: `row ${entry.from}`, 'data-delivery': entry.delivery },
      showAuthor && el('div', { class: 'author' }, entry.author || title),
      bubble,
      meta,
    );
    this.#rows.set(entry.key, { signature, node });
    return node;
  }

  #attachment(attachment: Attachment): HTMLElement {
    const { base, lang, words } = this.#options;
    const name = attachment.name || words.file;
    const href = attachment.url ? serverUrl(attachment.url, base) : null;
    if (href && attachment.contentType?.startsWith('image/')) {
      const img = el('img', { src: href, alt: name, loading: 'lazy' });
      img.addEventListener('load', () => this.#options.grew());
      return el('a', { class: 'image', href, target: '_blank', rel: 'noopener noreferrer', title: name }, img);
    }
    const size = attachment.size != null ? el('span', { class: 'size' }, fileSize(attachment.size, lang)) : null;
    const content = [icon('file'), el('span', { class: 'name' }, name), size];
    return href
      ? el('a', { class: 'attachment', href, target: '_blank', rel: 'noopener noreferrer' }, ...content)
      : el('span', { class: 'attachment' }, ...content);
  }
}
