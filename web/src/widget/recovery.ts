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

  constructor() {
    window.addEventListener('online', this.now);
  }

  /** Something failed and is being retried: the visitor should be told. */
  get failing(): boolean {
    return this.#failing;
  }

  retry(step: () => void): void {
    this.#failing = true;
    this.#step = step;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.now, retryDelay(this.#attempt++));
  }

  succeeded(): void {
    this.#attempt = 0;
    this.#failing = false;
  }

  /** Runs the waiting step at once (the browser is back online). */
  readonly now = (): void => {
    const step = this.#step;
    this.cancel();
    step?.();
  };

  cancel(): void {
    this.#step = null;
    clearTimeout(this.#timer);
  }

  stop(): void {
    this.cancel();
    window.removeEventListener('online', this.now);
  }
}
