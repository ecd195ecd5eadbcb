// The two answers that change nothing: a request for what already is ("unchanged"), and a delivery
// that was handled before ("repeat"). Each says so in words, and in `Reply.effect` for the surfaces.
import type { Block, Reply } from "../reply.ts";
import { reply } from "../reply.ts";

export const NOTHING_CHANGED = "Ingenting ändrades.";
export const ALREADY_DONE = "Det här var redan gjort, så jag gjorde det inte en gång till.";

/** `text` says how it already is; the note says that nothing was changed. Shown only to the person. */
export function unchangedReply(text: string, more: Block[] = []): Reply {
  return reply("info", [{ type: "text", text }, { type: "note", text: NOTHING_CHANGED }, ...more], {
    effect: "unchanged",
  });
}

/**
 * The first delivery's answer again, for a redelivery or a concurrent copy: only to the person, with
 * nothing for the channel and no file, since the first one announced and attached them.
 */
export function repeatReply(first: Reply): Reply {
  const { announcement: _announcement, attachment: _attachment, ...rest } = first;
  return {
    ...rest,
    visibility: "ephemeral",
    blocks: [...first.blocks, { type: "note", text: ALREADY_DONE }],
    effect: "repeat",
  };
}
