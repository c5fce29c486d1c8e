import { ApiError, type WidgetApi } from './api';
import type { VisitorMemory } from './memory';

/** Who the visitor is to the server: a token, remembered across visits, created when first needed, dropped when refused. */
export class Visitor {
  readonly #memory: VisitorMemory;
  #token: string | null = null;
  /** Created by this page: the server knows nothing about the visitor yet. */
  #created = false;

  constructor(memory: VisitorMemory) {
    this.#memory = memory;
  }

  /** The token requests carry now; null until `identify()`. */
  get token(): string | null {
    return this.#token;
  }

  /** A visitor this browser has talked to before (the conversation can be loaded without creating anybody). */
  get known(): boolean {
    return this.#memory.token() != null;
  }

  /** Nothing is known about the visitor yet: no token, or one created just now. */
  get isNew(): boolean {
    return this.#created || !this.known;
  }

  /** The remembered visitor (maybe put there by another tab), else a new one. */
  async identify(api: WidgetApi): Promise<void> {
    this.#token = this.#memory.token();
    if (this.#token) return;
    const { token } = await api.createVisitor();
    if (typeof token !== 'string' || !token) throw new ApiError(0);
    // another tab opened the chat at the same time: the visitor stored first is the one for every tab
    const stored = this.#memory.token();
    if (!stored) this.#memory.rememberToken(token);
    this.#token = stored ?? token;
    this.#created = true;
  }

  /** Another tab stored a visitor other than this page's: true when this page should switch to it. */
  replacedElsewhere(): boolean {
    const stored = this.#memory.token();
    return stored != null && stored !== this.#token;
  }

  /**
   * The server refused `token`: forget it, unless it is a late answer to a request made with a token already replaced
   * (or before there was one). True when the visitor has to start over.
   */
  refuse(token: string | null): boolean {
    if (token == null || token !== this.#token) return false;
    this.#memory.forgetToken(token);
    this.#token = null;
    return true;
  }
}
