// What a person is told when the chat platform itself fails us (not the command): polite, and saying
// what to do. Shown only to the person who acted.
import { type Reply, reply } from "../reply.ts";

/** The bot may not write in the channel (not invited, archived); the change itself is saved. */
export function channelPostFailedReply(): Reply {
  return reply("error", [
    { type: "text", text: "Ändringen är sparad, men jag kunde inte skriva om den i kanalen." },
    {
      type: "note",
      text: "Bjud in mig till kanalen (till exempel med `/invite @LÖK-boten`), så kan jag berätta för alla nästa gång.",
    },
  ]);
}

/** The platform is busy or down (rate limit, timeout) and the person's request could not be completed. */
export function platformBusyReply(): Reply {
  return reply("error", [
    { type: "text", text: "Chattjänsten svarar inte just nu, så jag kunde inte göra klart det du bad om." },
    { type: "note", text: "Försök igen om en liten stund." },
  ]);
}

/**
 * Something unexpected broke on our side while answering (a bug, a store that refused): what was asked
 * may or may not be done, so the reply does not claim either way.
 */
export function unfinishedReply(): Reply {
  return reply("error", [
    { type: "text", text: "Något gick fel hos mig, så jag kunde inte svara på det du bad om." },
    { type: "note", text: "Försök igen om en liten stund. Händer det igen, säg till en samordnare." },
  ]);
}

/** A form (modal) could not be opened; the person can type the command instead. */
export function formUnavailableReply(number: number): Reply {
  return reply("info", [
    { type: "text", text: "Jag kunde inte öppna formuläret." },
    {
      type: "note",
      text: `Skriv i stället till exempel \`status ${number} pågår Vi har börjat\` för att rapportera med en kommentar.`,
    },
  ]);
}

/** The last line of a channel message that gathers a burst of status changes, for those not listed. */
export function moreChangesLine(count: number): string {
  return `…och ${count} ${count === 1 ? "ändring" : "ändringar"} till. Skriv \`lista\` för att se läget.`;
}

/** The platform delivered a request with fields missing or repeated: nothing was done with it. */
export function unreadableRequestReply(): Reply {
  return reply("error", [
    { type: "text", text: "Jag kunde inte läsa kommandot som det kom fram till mig, så ingenting ändrades." },
    { type: "note", text: "Skriv det en gång till. Händer det igen, säg till en samordnare." },
  ]);
}

/** The workbook could not be uploaded to the channel: how to get it instead. */
export function uploadFailedReply(fallback: string): Reply {
  return reply("error", [
    { type: "text", text: "Jag kunde inte ladda upp Excel-filen i kanalen just nu." },
    { type: "note", text: fallback },
  ]);
}

/** Kommentera on a Teams card, pressed with nothing typed in the comment box. */
export function cardCommentMissingText(): string {
  return "Skriv en kommentar i rutan först och tryck sedan på Kommentera.";
}

/** A card button the bot does not know (an old or forged card). */
export function unknownButtonText(): string {
  return "Knappen känns inte igen.";
}
