// The two answers that change nothing: a request for what already is ("unchanged"), and a delivery
// that was handled before ("repeat"). Each says so in words, and in `Reply.effect` for the surfaces.
import { type Messages, textsFor } from "../../texts/index.ts";
import type { Block, Reply } from "../reply.ts";
import { reply } from "../reply.ts";

/** `text` says how it already is; the note says that nothing was changed. Shown only to the person. */
export function unchangedReply(t: Messages, text: string, more: Block[] = []): Reply {
  return reply("info", [{ type: "text", text }, { type: "note", text: t.replies.nothingChanged }, ...more], {
    effect: "unchanged",
  });
}

/**
 * The first delivery's answer again, for a redelivery or a concurrent copy: only to the person, with
 * nothing for the channel and no file, since the first one announced and attached them.
 */
export function repeatReply(first: Reply): Reply {
  // The first answer knows its language; one stored before replies carried it is Swedish.
  const t = textsFor(first.locale);
  const { announcement: _announcement, attachment: _attachment, ...rest } = first;
  return {
    ...rest,
    visibility: "ephemeral",
    blocks: [...first.blocks, { type: "note", text: t.replies.alreadyDone }],
    effect: "repeat",
  };
}
