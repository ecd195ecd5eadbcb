// What a person is told when the chat platform itself fails us (not the command), in Swedish: polite,
// and saying what to do.
import { PRODUCT_NAME } from "./product.ts";

export const deliverySv = {
  /** The bot may not write in the channel (not invited, archived); the change itself is saved. */
  channelPostFailed: {
    text: "Ändringen är sparad, men jag kunde inte skriva om den i kanalen.",
    note: `Bjud in mig till kanalen (till exempel med \`/invite @${PRODUCT_NAME}\`), så kan jag berätta för alla nästa gång.`,
  },
  /** The platform is busy or down (rate limit, timeout). */
  platformBusy: {
    text: "Chattjänsten svarar inte just nu, så jag kunde inte göra klart det du bad om.",
    note: "Försök igen om en liten stund.",
  },
  /** Something unexpected broke while answering: what was asked may or may not be done. */
  unfinished: {
    text: "Något gick fel hos mig, så jag kunde inte svara på det du bad om.",
    note: "Försök igen om en liten stund. Händer det igen, säg till en samordnare.",
  },
  /** The platform delivered a request with fields missing or repeated. */
  unreadableRequest: {
    text: "Jag kunde inte läsa kommandot som det kom fram till mig, så ingenting ändrades.",
    note: "Skriv det en gång till. Händer det igen, säg till en samordnare.",
  },
  /** The workbook could not be uploaded; the note says how to get it instead. */
  uploadFailed: "Jag kunde inte ladda upp Excel-filen i kanalen just nu.",
  /** The last line of a channel message that gathers a burst of changes, for those not listed. */
  moreChanges: (count: number) =>
    `…och ${count} ${count === 1 ? "ändring" : "ändringar"} till. Skriv \`lista\` för att se läget.`,
  /** Kommentera on a Teams card, pressed with nothing typed in the comment box. */
  cardCommentMissing: "Skriv en kommentar i rutan först och tryck sedan på Kommentera.",
  /** A card button the bot does not know (an old or forged card). */
  unknownButton: "Knappen känns inte igen.",
};
