// What a person is told when the chat platform itself fails us, in English, in the shape of
// delivery.sv.ts.
import type { deliverySv } from "./delivery.sv.ts";
import { PRODUCT_NAME } from "./product.ts";

export const deliveryEn: typeof deliverySv = {
  channelPostFailed: {
    text: "The change is saved, but I could not post about it in the channel.",
    note: `Invite me to the channel (for example with \`/invite @${PRODUCT_NAME}\`), so that I can tell everyone next time.`,
  },
  platformBusy: {
    text: "The chat service is not answering right now, so I could not finish what you asked for.",
    note: "Try again in a little while.",
  },
  unfinished: {
    text: "Something went wrong on my side, so I could not answer what you asked.",
    note: "Try again in a little while. If it happens again, tell a coordinator.",
  },
  unreadableRequest: {
    text: "I could not read the command as it reached me, so nothing was changed.",
    note: "Write it once more. If it happens again, tell a coordinator.",
  },
  uploadFailed: "I could not upload the Excel file to the channel just now.",
  moreChanges: (count) =>
    `…and ${count} more ${count === 1 ? "change" : "changes"}. Write \`list\` to see where things stand.`,
  cardCommentMissing: "Write a comment in the box first, then press Comment.",
  unknownButton: "This button is not recognised.",
};
