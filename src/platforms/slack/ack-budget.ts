// How long a slash command's ack may wait for its answer. Slack shows the person an error when the
// ack takes more than 3 s end to end; one second leaves the rest to the network. An answer ready within
// it goes in the ack itself (shown at once, no response_url post); past it the ack goes out empty and
// the answer follows through response_url. The ack never waits on a call to Slack's Web API.
export const ACK_BUDGET_MS = 1_000;

export type Settled<T> = { settled: true; value: T } | { settled: false };

/** The promise's value when it settles within `ms`, else `{ settled: false }`; a rejection within `ms` is thrown. */
export async function settleWithin<T>(promise: Promise<T>, ms: number): Promise<Settled<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => resolve({ settled: false }), ms);
  });
  try {
    return await Promise.race([promise.then((value) => ({ settled: true, value }) as const), late]);
  } finally {
    clearTimeout(timer);
  }
}
