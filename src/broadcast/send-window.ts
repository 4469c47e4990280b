// Up to `size` sends in flight at once: while one waits for Telegram's answer
// (a round trip of 80 ms from a far host), the next ones start on their slots,
// so the rate is set by the slots, not by the round trip. A send that throws
// (the store failing as it is recorded) stops the window: no send starts
// after it, the others in flight finish, and the error comes out of drain().

export class SendWindow {
  private readonly running = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;

  constructor(private readonly size: number) {}

  get inFlight(): number {
    return this.running.size;
  }

  /** Resolves once another send may start; throws if one has failed. */
  async space(): Promise<void> {
    while (this.running.size >= this.size && this.failure === undefined) {
      await Promise.race(this.running);
    }
    this.rethrow();
  }

  /** Starts the task without waiting for it; call space() first. */
  start(task: () => Promise<void>): void {
    const running: Promise<void> = task()
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => this.running.delete(running));
    this.running.add(running);
  }

  /** Resolves once nothing is in flight; throws if a send failed. */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
    this.rethrow();
  }

  private rethrow(): void {
    if (this.failure !== undefined) throw this.failure.error;
  }
}
