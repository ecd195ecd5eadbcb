// Replies for the group's public web page: `webb`, `webb på|av`, `webb namn|kontakt|licens …`, `dölj …`.
import type { Messages } from "../../texts/index.ts";
import type { LocalDate } from "../local-date.ts";
import { type Reply, reply } from "../reply.ts";
import { unchangedReply } from "./no-change-replies.ts";

export interface WebSettingsView {
  published: boolean;
  /** The page's address; absent before it was first published. */
  url?: string;
  showNames: boolean;
  contact: string | null;
  licence: string;
}

export function webSettingsReply(t: Messages, s: WebSettingsView): Reply {
  const p = t.publishing;
  return reply("info", [
    { type: "heading", text: p.heading },
    {
      type: "fields",
      fields: [
        ...(s.url ? [{ label: p.fields.address, value: s.url }] : []),
        { label: p.fields.published, value: s.published ? p.yes : p.no },
        { label: p.fields.names, value: s.showNames ? p.namesShown : p.namesHidden },
        { label: p.fields.contact, value: s.contact ?? p.noContact },
        { label: p.fields.licence, value: s.licence },
      ],
    },
    ...(s.url ? [] : [{ type: "note" as const, text: p.notYet }]),
    { type: "note", text: p.howToChange },
  ]);
}

function changed(text: string, note?: string): Reply {
  return reply(
    "success",
    [{ type: "text", text }, ...(note ? [{ type: "note" as const, text: note }] : [])],
    {
      effect: "changed",
    },
  );
}

/** `webb på|av`; `url` is absent only when a page never published is turned off. */
export function webToggleReply(t: Messages, enabled: boolean, wasOn: boolean, url?: string): Reply {
  const p = t.publishing;
  if (enabled) return wasOn ? unchangedReply(t, p.alreadyOn(url ?? "")) : changed(p.on(url ?? ""), p.onNote);
  if (!wasOn || !url) return unchangedReply(t, p.alreadyOff);
  return changed(p.off(url));
}

export function webNamesReply(t: Messages, showNames: boolean, isChange: boolean): Reply {
  const p = t.publishing;
  if (!isChange) return unchangedReply(t, showNames ? p.namesAlreadyOn : p.namesAlreadyOff);
  return changed(showNames ? p.namesOn : p.namesOff);
}

export function webContactReply(t: Messages, contact: string | null, isChange: boolean): Reply {
  const p = t.publishing;
  if (!isChange) return unchangedReply(t, contact ? p.contactAlready(contact) : p.contactAlreadyNone);
  return changed(contact ? p.contactSet(contact) : p.contactCleared);
}

export function webLicenceReply(t: Messages, licence: string, isChange: boolean): Reply {
  const p = t.publishing;
  return isChange ? changed(p.licenceSet(licence)) : unchangedReply(t, p.licenceAlready(licence));
}

/** A licence the page does not offer: says which it does, and changes nothing. */
export function unknownLicenceReply(t: Messages, given: string, accepted: readonly string[]): Reply {
  const p = t.publishing;
  return reply("error", [
    { type: "text", text: p.licenceUnknown(given) },
    { type: "note", text: p.licenceChoices(accepted) },
  ]);
}

export function hideReply(
  t: Messages,
  number: number,
  date: LocalDate,
  result: { found: number; hidden: number },
): Reply {
  const p = t.publishing;
  const day = t.dates.date(date);
  if (result.found === 0)
    return reply("error", [
      { type: "text", text: p.nothingToHide(number, day) },
      { type: "note", text: p.nothingToHideHint(number) },
    ]);
  if (result.hidden === 0) return unchangedReply(t, p.alreadyHidden(number, day));
  return changed(p.hidden(number, result.hidden, day), p.hiddenNote(result.hidden));
}
