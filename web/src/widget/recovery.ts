const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;

/** 1 s doubling up to 30 s, ±25 % jitter so that a restarted server is not hit by every visitor at once. */
export function retryDelay(attempt: number): number {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(attempt, 16));
  return Math.round(base * (0.75 + Math.random() * 0.5));
}

/** A step that failed because the server could not be reached, tried again after a growing pause. */
export class Recovery {
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #step: (() => void) | null = null;
  #failing = false;
  /** The server said when to come back (`Retry-After`): being back online is no reason to come earlier. */
  #serverWait = false;

  constructor() {
    window.addEventListener('online', this.#online);
  }

  /** Something failed and is being retried: the visitor should be told. */
  get failing(): boolean {
    return this.#failing;
  }

  /** `waitMs`: the server's `Retry-After`; the step waits for it, or for the backoff when that is longer. */
  retry(step: () => void, waitMs: number | null = null): void {
    this.#failing = true;
    this.#step = step;
    this.#serverWait = waitMs != null;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.now, Math.max(waitMs ?? 0, retryDelay(this.#attempt++)));
  }

  succeeded(): void {
    this.#attempt = 0;
    this.#failing = false;
  }

  /** Trying again would not help (the server refuses for good): nothing is retried and nothing is failing. */
  giveUp(): void {
    this.cancel();
    this.#failing = false;
  }

  /** Runs the waiting step at once (the browser is back online, the page visible again). */
  readonly now = (): void => {
    const step = this.#step;
    this.cancel();
    step?.();
  };

  readonly #online = (): void => {
    if (!this.#serverWait) this.now();
  };

  cancel(): void {
    this.#step = null;
    clearTimeout(this.#timer);
  }

  stop(): void {
    this.cancel();
    window.removeEventListener('online', this.#online);
  }
}
