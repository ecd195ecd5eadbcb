// A Slack interaction is acknowledged exactly once. Bolt's own ack throws on a second call; ours does
// too, so that a listener that would ack twice is a bug a test catches, not a silently dropped answer.
export interface AckOnce<T> {
  readonly sent: boolean;
  send(body?: T): Promise<void>;
}

export function ackOnce<T>(ack: (body?: T) => Promise<void>): AckOnce<T> {
  let sent = false;
  return {
    get sent() {
      return sent;
    },
    async send(body) {
      if (sent) throw new Error("a Slack interaction was acknowledged twice");
      sent = true;
      await (body === undefined ? ack() : ack(body));
    },
  };
}
