/**
 * Runs cleanup steps in reverse order of registration when the user presses Ctrl-C (or the process gets
 * SIGTERM), so that the API stops before the database it talks to, then exits. A second Ctrl-C exits at once.
 */
export class Shutdown {
  private readonly steps: Array<() => Promise<void>> = [];
  private running: Promise<void> | undefined;
  private firstSignalAt = 0;

  constructor(private readonly onStopping: () => void = () => undefined) {
    const onSignal = (): void => {
      // The same Ctrl-C can arrive twice (from the terminal and relayed by npm): only a later one forces.
      if (this.running && Date.now() - this.firstSignalAt < 1_000) return;
      if (this.running) {
        console.error('Forced exit: some processes may still be stopping.');
        process.exit(130);
      }
      this.firstSignalAt = Date.now();
      this.onStopping();
      void this.run().then(() => process.exit(0));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('SIGHUP', onSignal);
  }

  /** Registers a cleanup step; steps run last-registered first. */
  add(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  /** True once a signal asked the stack to stop: processes exiting then are not crashes. */
  get stopping(): boolean {
    return this.running !== undefined;
  }

  /** Runs every registered step once, whoever asks first (a signal, a crash or the end of a run). */
  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of [...this.steps].reverse()) {
        await step().catch((error: unknown) => console.error(`while stopping: ${String(error)}`));
      }
    })();
    return this.running;
  }
}
