// How many commands the bot works on at once. A burst (a thousand people at the end of a meeting)
// must not start a thousand database conversations at the same moment: each would take its share of
// the one thread that also sends the acks, and every ack would come late. Commands beyond the limit
// wait in order, and a command that has to wait is acked at once (its answer follows through
// response_url), so that no ack ever waits behind other people's work.
export interface WorkGate {
  /** Whether a command given now would have to wait for a free place. */
  full(): boolean;
  /** Runs `work` when a place is free, in arrival order. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

export const DEFAULT_CONCURRENCY = 8;

export function createWorkGate(concurrency = DEFAULT_CONCURRENCY): WorkGate {
  let active = 0;
  const waiting: Array<() => void> = [];

  function leave() {
    const next = waiting.shift();
    if (next) next();
    else active--;
  }

  return {
    full: () => active >= concurrency,
    async run(work) {
      if (active < concurrency) active++;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await work();
      } finally {
        leave();
      }
    },
  };
}
