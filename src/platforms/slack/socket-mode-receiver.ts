// Bolt's Socket Mode, with each message checked before it is dispatched (socket-envelope.ts): one that
// is malformed is logged once, acked when it has an envelope id, and dropped, and the connection and
// the process stay up. Bolt's own SocketModeReceiver builds its client inside, so this receiver builds
// one from a subclass of the Socket Mode client (its message handler is the documented protected
// extension point) and hands each envelope to the app as Bolt's receiver does.
import {
  type App,
  type Logger as BoltLogger,
  type Receiver,
  type ReceiverEvent,
  ReceiverMultipleAckError,
} from "@slack/bolt";
import { SocketModeClient, type SocketModeOptions } from "@slack/socket-mode";
import type { Logger } from "pino";
import { checkEnvelope } from "./socket-envelope.ts";

interface SlackEventArgs {
  ack(response?: Record<string, unknown>): Promise<void>;
  body: Record<string, unknown>;
  retry_num?: number;
  retry_reason?: string;
}

class CheckedSocketModeClient extends SocketModeClient {
  private readonly log: Logger;

  constructor(options: SocketModeOptions, log: Logger) {
    super(options);
    this.log = log;
  }

  protected override async onWebSocketMessage(data: string | ArrayBuffer, isBinary: boolean): Promise<void> {
    if (!isBinary) {
      const text = typeof data === "string" ? data : new TextDecoder().decode(data);
      const check = checkEnvelope(text);
      if (!check.ok) {
        const { problem, type, envelopeId } = check;
        this.log.warn({ problem, type, envelope: envelopeId }, "slack socket mode envelope dropped");
        if (envelopeId) this.websocket?.send(JSON.stringify({ envelope_id: envelopeId }), () => {});
        return;
      }
    }
    try {
      await super.onWebSocketMessage(data, isBinary);
    } catch (error) {
      // Anything the check did not foresee: this message is lost, the connection is not.
      this.log.error({ err: error }, "slack socket mode message failed");
    }
  }
}

export interface CheckedSocketModeOptions {
  appToken: string;
  logger: Logger;
  boltLogger: BoltLogger;
  /** For the client's own Web API calls (apps.connections.open). */
  clientOptions?: SocketModeOptions["clientOptions"];
}

export class CheckedSocketModeReceiver implements Receiver {
  readonly client: SocketModeClient;
  private app: App | undefined;

  constructor(options: CheckedSocketModeOptions) {
    const { logger } = options;
    this.client = new CheckedSocketModeClient(
      {
        appToken: options.appToken,
        logger: options.boltLogger,
        ...(options.clientOptions ? { clientOptions: options.clientOptions } : {}),
      },
      logger,
    );
    this.client.on("slack_event", async (args: SlackEventArgs) => {
      let acked = false;
      const event: ReceiverEvent = {
        body: args.body,
        ack: async (response?: Record<string, unknown>) => {
          if (acked) throw new ReceiverMultipleAckError();
          acked = true;
          await args.ack(response);
        },
        ...(args.retry_num !== undefined ? { retryNum: args.retry_num } : {}),
        ...(args.retry_reason !== undefined ? { retryReason: args.retry_reason } : {}),
      };
      try {
        await this.app?.processEvent(event);
      } catch (error) {
        logger.error({ err: error, type: args.body?.type }, "slack socket mode event failed");
      }
    });
  }

  init(app: App): void {
    this.app = app;
  }

  start(): Promise<unknown> {
    return this.client.start();
  }

  stop(): Promise<unknown> {
    return this.client.disconnect();
  }
}
