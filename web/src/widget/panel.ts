import { el, icon } from './dom';
import type { Words } from './i18n';

/** The chat window's frame: header, the connection trouble line, the history and the footer (form or composer). */
export class Panel {
  readonly root: HTMLDivElement;
  readonly closeButton: HTMLButtonElement;
  readonly history: HTMLDivElement;
  readonly footer: HTMLDivElement;
  readonly #trouble: HTMLDivElement;

  constructor(id: string, title: string, words: Words, onClose: () => void) {
    this.closeButton = el('button', { type: 'button', 'aria-label': words.closeChat }, icon('close'));
    this.closeButton.addEventListener('click', onClose);
    this.#trouble = el('div', { class: 'trouble', role: 'status', hidden: true }, words.offline);
    this.history = el('div', { class: 'messages', role: 'log', 'aria-live': 'polite', 'aria-label': words.messages, tabindex: 0 });
    this.footer = el('div', { class: 'footer' });
    this.root = el(
      'div',
      { id, class: 'panel', role: 'dialog', 'aria-label': title, hidden: true },
      el(
        'div',
        { class: 'header' },
        el('div', { class: 'heading' }, el('h2', { class: 'title' }, title), el('p', { class: 'subtitle' }, words.subtitle)),
        this.closeButton,
      ),
      this.#trouble,
      this.history,
      this.footer,
    );
  }

  setTrouble(shown: boolean): void {
    this.#trouble.hidden = !shown;
  }

  /** Within 80 px of the end: new messages should scroll into view. */
  nearBottom(): boolean {
    const h = this.history;
    return h.scrollHeight - h.scrollTop - h.clientHeight < 80;
  }

  scrollToBottom(): void {
    this.history.scrollTop = this.history.scrollHeight;
  }
}
