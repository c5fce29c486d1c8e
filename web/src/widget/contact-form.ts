import { ApiError } from './api';
import { el } from './dom';
import type { Words } from './i18n';
import type { Contact } from './types';

export interface ContactQuestions {
  askName: boolean;
  askPhone: boolean;
}

/** The channel wants a name or phone that the visitor has not left yet. */
export function contactMissing(questions: ContactQuestions, contact: Contact): boolean {
  return (questions.askName && !contact.name?.trim()) || (questions.askPhone && !contact.phone?.trim());
}

/** The pre-chat form: the fields the channel asks for, kept as typed when the server refuses them. */
export class ContactForm {
  readonly root: HTMLFormElement;
  readonly #name: HTMLInputElement | null;
  readonly #phone: HTMLInputElement | null;
  readonly #button: HTMLButtonElement;
  readonly #error: HTMLParagraphElement;
  readonly #words: Words;
  readonly #save: (contact: Partial<Contact>) => Promise<void>;

  constructor(
    words: Words,
    questions: ContactQuestions,
    save: (contact: Partial<Contact>) => Promise<void>,
  ) {
    this.#words = words;
    this.#save = save;
    this.#name = questions.askName
      ? el('input', { type: 'text', name: 'name', autocomplete: 'name', maxlength: 200, required: true })
      : null;
    this.#phone = questions.askPhone
      ? el('input', { type: 'tel', name: 'phone', autocomplete: 'tel', inputmode: 'tel', maxlength: 40, required: true })
      : null;
    this.#button = el('button', { type: 'submit', class: 'start' }, words.startChat);
    this.#error = el('p', { class: 'error', role: 'alert', hidden: true });
    this.root = el(
      'form',
      { class: 'contact', novalidate: true },
      el('p', {}, words.contactIntro),
      this.#name && el('label', {}, words.name, this.#name),
      this.#phone && el('label', {}, words.phone, this.#phone),
      this.#button,
      this.#error,
    );
    this.root.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.#submit();
    });
  }

  /** Fills in what is already known, without overwriting what the visitor is typing. */
  prefill(contact: Contact): void {
    if (this.#name && !this.#name.value && contact.name) this.#name.value = contact.name;
    if (this.#phone && !this.#phone.value && contact.phone) this.#phone.value = contact.phone;
  }

  /** Shows why the server wants the form (a 422 on sending). */
  showError(text: string | null): void {
    this.#error.textContent = text ?? '';
    this.#error.hidden = !text;
  }

  focus(): void {
    (this.#name ?? this.#phone)?.focus();
  }

  async #submit(): Promise<void> {
    const contact: Partial<Contact> = {};
    if (this.#name) contact.name = this.#name.value.trim();
    if (this.#phone) contact.phone = this.#phone.value.trim();
    const blank = [this.#name, this.#phone].find((input) => input && !input.value.trim());
    if (blank) {
      this.showError(this.#words.fillIn);
      blank.focus();
      return;
    }
    this.#button.disabled = true;
    this.showError(null);
    try {
      await this.#save(contact);
    } catch (error) {
      const refused = error instanceof ApiError && error.status >= 400 && error.status < 500;
      this.showError(refused ? (error.detail ?? this.#words.checkContact) : this.#words.unreachable);
    } finally {
      this.#button.disabled = false;
    }
  }
}
