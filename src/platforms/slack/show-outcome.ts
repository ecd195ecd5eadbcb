// Shows an outcome to the person who acted, where they acted: the reply (to them alone, or in the
// channel when the core says so), the answers before it, and a file the core asked to attach. The
// channel lines are the door's to send; nothing here decides what happened.
import type { Outcome } from "../../core/outcome.ts";
import type { Incoming } from "../../services/conversation.ts";
import { textsFor } from "../../texts/index.ts";
import { type ReplyTarget, type SendOptions, sendReply, updateMessage } from "./deliver.ts";
import type { Pager } from "./render-blocks.ts";
import type { SlackDeps } from "./slack-deps.ts";
import { uploadFile } from "./upload-attachment.ts";

/** Where a button or form came from, when the answer should replace it. */
export interface Drawn {
  ts: string;
  ephemeral: boolean;
}

/** What the door answered, and what it was asked. */
export interface Answered {
  outcome: Outcome;
  incoming: Incoming;
}

export function pagerOf(outcome: Outcome): Pager | undefined {
  return outcome.rerun ? { kind: "command", command: outcome.rerun } : undefined;
}

/** Shows the outcome, then lets the door tell the channels (the person sees their answer first). */
export async function showOutcome(
  deps: SlackDeps,
  target: ReplyTarget,
  answered: Answered,
  options: SendOptions & { drawn?: Drawn; replySent?: boolean } = {},
): Promise<void> {
  const { outcome, incoming } = answered;
  const { drawn, replySent, ...send } = options;
  const pager = pagerOf(outcome);
  const sendOptions: SendOptions = { ...send, ...(pager ? { pager } : {}) };
  if (replySent) {
    // The reply went in the slash command's ack.
  } else if (outcome.redraw && drawn) await updateMessage(deps, target, drawn, outcome.reply);
  else await sendReply(deps, target, outcome.reply, sendOptions);
  for (const r of outcome.before ?? []) await sendReply(deps, target, r);
  if (outcome.file && target.channelId && !target.channelId.startsWith("home:"))
    for (const file of [outcome.file, ...(outcome.moreFiles ?? [])])
      await uploadFile(deps, target, file, textsFor(outcome.reply.locale));
  deps.door.announce(outcome, incoming);
}
