/**
 * Bounds how many costly jobs run at once (password hashing). Jobs beyond `limit` wait in order; beyond
 * `maxWaiting` waiting jobs, `run` rejects at once with the caller's error instead of queueing forever.
 */
export class Semaphore {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly limit: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(job: () => Promise<T>, busyError: () => Error): Promise<T> {
    if (this.running >= this.limit) {
      if (this.waiting.length >= this.maxWaiting) throw busyError();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await job();
    } finally {
      // Hand the slot straight to the next waiting job (running stays the same), or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  get stats() {
    return { running: this.running, waiting: this.waiting.length };
  }
}
