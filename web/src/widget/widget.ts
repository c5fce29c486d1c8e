import { Composer } from './composer';
import { ContactForm, contactMissing } from './contact-form';
import { accentColor, el, inkOnWhite, textColorOn } from './dom';
import { HistoryView } from './history';
import { dictionaries, type Lang } from './i18n';
import { Launcher } from './launcher';
import { VisitorMemory } from './memory';
import { Panel } from './panel';
import { type Change, VisitorSession } from './session';
import { styles } from './styles';
import type { WidgetConfig } from './types';

export interface WidgetSetup {
  base: string;
  channel: string;
  lang: Lang;
  config: WidgetConfig;
}

const HOST_STYLE =
  'all:initial!important;display:block!important;position:fixed!important;right:0!important;bottom:0!important;' +
  'width:0!important;height:0!important;z-index:2147483000!important';
const PANEL_ID = 'switchboard-chat';

/** The chat on the site: launcher and panel in a shadow root, wired to the visitor's session. */
export class ChatWidget {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  readonly #root: HTMLDivElement;
  readonly #memory: VisitorMemory;
  readonly #session: VisitorSession;
  readonly #launcher: Launcher;
  readonly #panel: Panel;
  readonly #history: HistoryView;
  readonly #composer: Composer;
  readonly #contactForm: ContactForm | null;
  #isOpen = false;
  /** The visitor is at the end of the history (or has not scrolled away from it): follow new messages. */
  #stick = true;
  #shownEntries = 0;
  #formShown: boolean | null = null;
  readonly #config: WidgetConfig;

  constructor({ base, channel, lang, config }: WidgetSetup) {
    this.#config = config;
    const words = dictionaries[lang];
    const color = accentColor(config.color);
    this.#memory = new VisitorMemory(channel);
    this.#session = new VisitorSession({
      base,
      channel,
      words,
      memory: this.#memory,
      events: {
        changed: (change) => this.#render(change),
        notice: (text) => this.#composer.setNotice(text),
        contactRequired: (detail) => {
          this.#render('status');
          if (this.#contactForm) this.#contactForm.showError(detail);
          else this.#composer.setNotice(detail ?? words.rejected);
        },
      },
    });

    this.#launcher = new Launcher(words, PANEL_ID, () => (this.#isOpen ? this.close() : this.open()));
    this.#panel = new Panel(PANEL_ID, config.title, words, () => this.close(true));
    this.#history = new HistoryView(this.#panel.history, {
      words,
      lang,
      base,
      title: config.title,
      greeting: config.greeting?.trim() || null,
      retry: (key) => this.#session.outbox.retry(key),
      showOlder: () => void this.#session.loadOlder(),
      grew: () => this.#stick && this.#panel.scrollToBottom(),
    });
    this.#composer = new Composer(words, {
      send: (text) => this.#session.outbox.sendText(text),
      attach: (file) => this.#session.outbox.sendFile(file),
    });
    this.#contactForm =
      config.askName || config.askPhone
        ? new ContactForm(words, config, (contact) => this.#session.saveContact(contact))
        : null;
    this.#panel.footer.append(...[this.#contactForm?.root, this.#composer.root].filter((n) => n != null));

    this.#root = el('div', { class: 'root', lang }, this.#panel.root, this.#launcher.button);
    this.#root.style.setProperty('--accent', color);
    this.#root.style.setProperty('--on-accent', textColorOn(color));
    this.#root.style.setProperty('--ink', inkOnWhite(color));
    this.host = el('switchboard-widget' as 'div', { style: HOST_STYLE });
    this.shadow = this.host.attachShadow({ mode: 'open' });
    this.shadow.append(el('style', {}, styles), this.#root);

    this.#root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.#isOpen) {
        e.preventDefault();
        this.close(true);
      }
    });
    this.#panel.history.addEventListener('scroll', () => {
      this.#stick = this.#panel.nearBottom();
      if (this.#panel.history.scrollTop < 48) void this.#session.loadOlder(true);
    });
    document.addEventListener('visibilitychange', this.#acknowledge);
  }

  /** Shows the widget: the launcher, and the panel when asked for or when it was open on the previous page. */
  mount(open: boolean): this {
    document.body.append(this.host);
    this.#session.resume();
    this.#render('status');
    if (open || this.#memory.panelWasOpen()) this.open(false);
    return this;
  }

  /** `focus`: move the keyboard into the composer (not when restoring the panel on page load). */
  open(focus = true): void {
    if (!this.#isOpen) {
      this.#isOpen = true;
      this.#panel.root.hidden = false;
      this.#root.classList.add('open');
      this.#launcher.setOpen(true);
      this.#memory.rememberPanel(true);
      this.#session.begin();
      this.#render('status');
      this.#panel.scrollToBottom();
      this.#stick = true;
      this.#acknowledge();
    }
    if (focus) (this.#showsContactForm() ? this.#contactForm : this.#composer)?.focus();
  }

  /** `returnFocus`: give the keyboard back to the launcher (Esc, the close button). */
  close(returnFocus = false): void {
    if (this.#isOpen) {
      this.#isOpen = false;
      this.#panel.root.hidden = true;
      this.#root.classList.remove('open');
      this.#launcher.setOpen(false);
      this.#memory.rememberPanel(false);
    }
    if (returnFocus) this.#launcher.button.focus();
  }

  destroy(): void {
    this.#session.stop();
    document.removeEventListener('visibilitychange', this.#acknowledge);
    this.host.remove();
  }

  /** Tells the server the operator's messages were seen: only while the visitor can actually see them. */
  readonly #acknowledge = (): void => {
    if (this.#isOpen && document.visibilityState === 'visible' && this.#session.markRead()) {
      this.#launcher.setUnread(this.#session.conversation.unread());
    }
  };

  #showsContactForm(): boolean {
    const { phase, conversation } = this.#session;
    if (!this.#contactForm) return false;
    // a new visitor has left nothing yet: no need to wait for the history to know it
    if (phase !== 'ready') return this.#session.isNew;
    return (
      contactMissing(this.#config, conversation.contact) ||
      conversation.list().some((e) => e.needsContact && e.delivery === 'failed')
    );
  }

  #render(change: Change): void {
    const { phase, conversation, loadingOlder, trouble } = this.#session;
    const entries = conversation.list();
    const scroller = this.#panel.history;
    const height = scroller.scrollHeight;
    const top = scroller.scrollTop;
    this.#history.render({ entries, loading: phase === 'loading', hasOlder: conversation.hasOlder, loadingOlder });
    const added = entries.length > this.#shownEntries;
    this.#shownEntries = entries.length;
    if (change === 'older') scroller.scrollTop = top + scroller.scrollHeight - height;
    else if (change === 'history' || (change === 'outgoing' && added) || this.#stick) this.#panel.scrollToBottom();

    this.#panel.setTrouble(trouble);
    this.#composer.setReady(phase === 'ready');
    this.#showFooter();
    if (change === 'history' || change === 'incoming') this.#acknowledge();
    this.#launcher.setUnread(conversation.unread());
  }

  #showFooter(): void {
    const form = this.#contactForm;
    const showForm = this.#showsContactForm();
    if (!form || showForm === this.#formShown) return;
    this.#formShown = showForm;
    const active = this.shadow.activeElement;
    const hadFocus = active != null && (showForm ? this.#composer.root : form.root).contains(active);
    form.root.hidden = !showForm;
    this.#composer.root.hidden = showForm;
    if (showForm) form.prefill(this.#session.conversation.contact);
    else form.showError(null);
    if (hadFocus) (showForm ? form : this.#composer).focus();
  }
}
