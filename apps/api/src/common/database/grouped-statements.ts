/** What one grouped statement answers for one of its inputs: a result, or an error of that input alone. */
export type GroupedOutcome<Output> = { readonly ok: Output } | { readonly error: Error };

interface Waiting<Input, Output> {
  readonly input: Input;
  readonly resolve: (output: Output) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Runs a statement for many callers at once: calls made while the previous group's statement is running
 * wait and then go together, up to `maxGroupSize` per statement. Under no load a call goes alone, after one
 * turn of the event loop; under load the groups grow by themselves, and each statement (one round trip to
 * PostgreSQL, one socket write) serves many callers. `run` answers one outcome per input, in input order:
 * an error for one input is that caller's alone; a thrown error is every caller's of the group.
 */
export class GroupedStatements<Input, Output> {
  private readonly waiting: Array<Waiting<Input, Output>> = [];
  /** One statement of this kind runs at a time: every call made meanwhile joins the next group. */
  private running = false;
  /** Cancels the group's scheduled run, when one is scheduled. */
  private cancelScheduled: (() => void) | undefined;

  private readonly maxGroupSize: number;
  private readonly lingerMs: number;

  constructor(
    private readonly run: (inputs: readonly Input[]) => Promise<ReadonlyArray<GroupedOutcome<Output>>>,
    {
      maxGroupSize = 100,
      lingerMs = 0,
    }: {
      /** Inputs per statement at most. */
      maxGroupSize?: number;
      /** How long a call may wait for others to join its group (0: to the end of the event loop's turn). */
      lingerMs?: number;
    } = {},
  ) {
    this.maxGroupSize = maxGroupSize;
    this.lingerMs = lingerMs;
  }

  call(input: Input): Promise<Output> {
    return new Promise<Output>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      this.schedule(this.lingerMs);
    });
  }

  /** Runs the next group at once when it is full, otherwise after `lingerMs` (0: at the end of this turn). */
  private schedule(lingerMs: number): void {
    if (this.running || this.waiting.length === 0) return;
    if (this.waiting.length >= this.maxGroupSize) {
      this.cancelScheduled?.();
      this.cancelScheduled = undefined;
      void this.runGroup();
      return;
    }
    if (this.cancelScheduled) return;
    const go = () => {
      this.cancelScheduled = undefined;
      void this.runGroup();
    };
    // Calls made in the same turn (several jobs woken by one Redis reply), or within the linger, join.
    if (lingerMs > 0) {
      const timer = setTimeout(go, lingerMs);
      this.cancelScheduled = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(go);
      this.cancelScheduled = () => clearImmediate(immediate);
    }
  }

  private async runGroup(): Promise<void> {
    if (this.running || this.waiting.length === 0) return;
    const group = this.waiting.splice(0, this.maxGroupSize);
    this.running = true;
    try {
      const outcomes = await this.run(group.map((waiting) => waiting.input));
      group.forEach((waiting, index) => settle(waiting, outcomes[index]));
    } catch (error) {
      for (const waiting of group) waiting.reject(error);
    } finally {
      this.running = false;
      // Calls that came meanwhile have waited for this statement already: no linger for them.
      this.schedule(0);
    }
  }
}

function settle<Input, Output>(
  waiting: Waiting<Input, Output>,
  outcome: GroupedOutcome<Output> | undefined,
): void {
  if (!outcome) waiting.reject(new Error('a grouped statement answered fewer outcomes than inputs'));
  else if ('error' in outcome) waiting.reject(outcome.error);
  else waiting.resolve(outcome.ok);
}
