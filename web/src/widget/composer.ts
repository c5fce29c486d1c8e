import { el, icon } from './dom';
import type { Words } from './i18n';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_TEXT = 4000;
const MAX_HEIGHT = 120;

export interface ComposerActions {
  send(text: string): void;
  attach(file: File): void;
}

/** Where the visitor writes: Enter sends, Shift+Enter breaks the line, the paperclip picks files. */
export class Composer {
  readonly root: HTMLDivElement;
  readonly input: HTMLTextAreaElement;
  readonly #sendButton: HTMLButtonElement;
  readonly #attachButton: HTMLButtonElement;
  readonly #fileInput: HTMLInputElement;
  readonly #notice: HTMLDivElement;
  readonly #words: Words;
  readonly #actions: ComposerActions;
  #ready = false;

  constructor(words: Words, actions: ComposerActions) {
    this.#words = words;
    this.#actions = actions;
    this.#notice = el('div', { class: 'notice', role: 'status', hidden: true });
    this.input = el('textarea', {
      rows: 1,
      maxlength: MAX_TEXT,
      placeholder: words.placeholder,
      'aria-label': words.placeholder,
      enterkeyhint: 'send',
    });
    this.#fileInput = el('input', { type: 'file', multiple: true, hidden: true, tabindex: -1 });
    this.#attachButton = el('button', { type: 'button', 'aria-label': words.attach, title: words.attach }, icon('attach'));
    this.#sendButton = el('button', { type: 'submit', class: 'send', 'aria-label': words.send, title: words.send }, icon('send'));
    const form = el('form', { class: 'composer' }, this.#attachButton, this.#fileInput, this.input, this.#sendButton);
    this.root = el('div', {}, this.#notice, form);

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#submit();
    });
    this.input.addEventListener('keydown', (e) => {
      // isComposing: Enter that confirms an IME composition (Chinese, Japanese …) does not send
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
        e.preventDefault();
        this.#submit();
      }
    });
    this.input.addEventListener('input', () => this.#update());
    this.#attachButton.addEventListener('click', () => this.#fileInput.click());
    this.#fileInput.addEventListener('change', () => {
      const files = Array.from(this.#fileInput.files ?? []);
      this.#fileInput.value = '';
      this.#attach(files);
    });
    this.#update();
  }

  /** Sending waits until the conversation is loaded; typing does not. */
  setReady(ready: boolean): void {
    if (ready === this.#ready) return;
    this.#ready = ready;
    this.#update();
  }

  setNotice(text: string | null): void {
    this.#notice.textContent = text ?? '';
    this.#notice.hidden = !text;
  }

  focus(): void {
    this.input.focus();
  }

  #attach(files: File[]): void {
    const tooLarge = files.filter((f) => f.size > MAX_FILE_BYTES);
    this.setNotice(tooLarge.length ? tooLarge.map((f) => this.#words.tooLarge(f.name)).join('\n') : null);
    files.filter((f) => f.size <= MAX_FILE_BYTES).forEach((f) => this.#actions.attach(f));
  }

  #submit(): void {
    const text = this.input.value.trim();
    if (!text || !this.#ready) return;
    this.input.value = '';
    this.#update();
    this.setNotice(null);
    this.#actions.send(text);
  }

  #update(): void {
    this.#sendButton.disabled = !this.#ready || !this.input.value.trim();
    this.#attachButton.disabled = !this.#ready;
    const input = this.input;
    input.style.height = 'auto';
    if (input.scrollHeight) input.style.height = `${Math.min(input.scrollHeight, MAX_HEIGHT)}px`;
  }
}
