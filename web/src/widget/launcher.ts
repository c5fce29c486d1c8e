import { el, icon } from './dom';
import type { Words } from './i18n';

/** The round button in the corner that opens and closes the chat, with the count of unseen operator messages. */
export class Launcher {
  readonly button: HTMLButtonElement;
  readonly #badge: HTMLSpanElement;
  readonly #words: Words;
  #open = false;
  #unread = 0;

  constructor(words: Words, controls: string, onClick: () => void) {
    this.#words = words;
    this.#badge = el('span', { class: 'badge', 'aria-hidden': 'true', hidden: true });
    this.button = el(
      'button',
      { type: 'button', class: 'launcher', 'aria-controls': controls, 'aria-haspopup': 'dialog' },
      icon('chat', true),
      icon('close'),
      this.#badge,
    );
    this.button.addEventListener('click', onClick);
    this.#update();
  }

  setOpen(open: boolean): void {
    this.#open = open;
    this.#update();
  }

  setUnread(count: number): void {
    this.#unread = count;
    this.#update();
  }

  #update(): void {
    const shown = this.#open ? 0 : this.#unread;
    this.#badge.hidden = shown === 0;
    this.#badge.textContent = shown > 99 ? '99+' : String(shown);
    this.button.setAttribute('aria-expanded', String(this.#open));
    const label = this.#open ? this.#words.closeChat : this.#words.openChat;
    this.button.setAttribute('aria-label', shown ? `${label}, ${this.#words.unread(shown)}` : label);
  }
}
