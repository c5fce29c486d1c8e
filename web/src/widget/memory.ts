/**
 * What the widget remembers about the visitor: the token (localStorage, across visits) and whether the panel was open
 * (sessionStorage, for the next page of the same tab). Storage can be blocked (private mode, third-party rules,
 * a full quota): then the token lives in memory for this page only.
 */

function storage(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return window[kind];
  } catch {
    return null;
  }
}

export class VisitorMemory {
  readonly #tokenKey: string;
  readonly #openKey: string;
  #tokenInMemory: string | null = null;

  constructor(channel: string) {
    this.#tokenKey = `switchboard.widget.${channel}`;
    this.#openKey = `switchboard.widget.${channel}.open`;
  }

  token(): string | null {
    try {
      const stored = storage('localStorage')?.getItem(this.#tokenKey);
      if (stored) return stored;
    } catch {
      // blocked: fall back to memory
    }
    return this.#tokenInMemory;
  }

  rememberToken(token: string): void {
    this.#tokenInMemory = token;
    try {
      storage('localStorage')?.setItem(this.#tokenKey, token);
    } catch {
      // blocked or full: memory only
    }
  }

  /**
   * Calls `changed` when another tab stores a token for this channel (the browser does not report this tab's own
   * writes); the returned function stops listening.
   */
  watchToken(changed: () => void): () => void {
    const listener = (event: StorageEvent) => {
      if (event.key === this.#tokenKey && event.newValue) changed();
    };
    window.addEventListener('storage', listener);
    return () => window.removeEventListener('storage', listener);
  }

  /** Forgets a token the server refused, unless another tab has already replaced it with a good one. */
  forgetToken(refused: string | null): void {
    if (this.token() !== refused) return;
    this.#tokenInMemory = null;
    try {
      storage('localStorage')?.removeItem(this.#tokenKey);
    } catch {
      // blocked
    }
  }

  panelWasOpen(): boolean {
    try {
      return storage('sessionStorage')?.getItem(this.#openKey) === '1';
    } catch {
      return false;
    }
  }

  rememberPanel(open: boolean): void {
    try {
      const session = storage('sessionStorage');
      if (open) session?.setItem(this.#openKey, '1');
      else session?.removeItem(this.#openKey);
    } catch {
      // blocked: the panel starts closed on the next page
    }
  }
}
