// What a person is told when the chat platform itself fails us (not the command): polite, and saying
// what to do. Shown only to the person who acted. The words are the catalogue's (src/texts); the
// caller gives the language: the group's where it is known, the default where it is not.
import type { Messages } from "../../texts/index.ts";
import { type Reply, reply } from "../reply.ts";

function errorReply(t: Messages, text: { text: string; note: string }): Reply {
  return reply(
    "error",
    [
      { type: "text", text: text.text },
      { type: "note", text: text.note },
    ],
    { locale: t.locale },
  );
}

/** The bot may not write in the channel (not invited, archived); the change itself is saved. */
export function channelPostFailedReply(t: Messages): Reply {
  return errorReply(t, t.delivery.channelPostFailed);
}

/** The platform is busy or down (rate limit, timeout) and the person's request could not be completed. */
export function platformBusyReply(t: Messages): Reply {
  return errorReply(t, t.delivery.platformBusy);
}

/**
 * Something unexpected broke on our side while answering (a bug, a store that refused): what was asked
 * may or may not be done, so the reply does not claim either way.
 */
export function unfinishedReply(t: Messages): Reply {
  return errorReply(t, t.delivery.unfinished);
}

/** The last line of a channel message that gathers a burst of status changes, for those not listed. */
export function moreChangesLine(t: Messages, count: number): string {
  return t.delivery.moreChanges(count);
}

/** The platform delivered a request with fields missing or repeated: nothing was done with it. */
export function unreadableRequestReply(t: Messages): Reply {
  return errorReply(t, t.delivery.unreadableRequest);
}

/** The workbook could not be uploaded to the channel: how to get it instead. */
export function uploadFailedReply(t: Messages, fallback: string): Reply {
  return errorReply(t, { text: t.delivery.uploadFailed, note: fallback });
}

/** Kommentera on a Teams card, pressed with nothing typed in the comment box. */
export function cardCommentMissingText(t: Messages): string {
  return t.delivery.cardCommentMissing;
}

/** A card button the bot does not know (an old or forged card). */
export function unknownButtonText(t: Messages): string {
  return t.delivery.unknownButton;
}
