// Rows that are headings, not activities: a party section ("Örebro kommun", "Civilsamhällets
// aktiviteter", "Gemensamma aktiviteter") sets the party of the rows below it, and a principle heading
// ("► Principen om dialog och samverkan") their principle. Also the words a Part column may hold. The
// words themselves are in plan-vocabulary.ts.
import type { Party } from "../command.ts";
import { foldHeading } from "./plan-columns.ts";
import {
  FOOTNOTE,
  PARTY_TEXT,
  PRINCIPLE_HEADING,
  PRINCIPLE_PREFIX,
  SECTION_SUFFIX,
} from "./plan-vocabulary.ts";

/** The party a heading or a Part cell names, or undefined. "Västerås stads aktiviteter" → stad. */
export function partyFromText(text: string): Party | undefined {
  const folded = foldHeading(text)
    .replace(/^[^\p{L}]+/u, "")
    .replace(SECTION_SUFFIX, "")
    .trim();
  if (!folded || folded.split(" ").length > 8) return undefined;
  if (PARTY_TEXT.gemensamt.test(folded)) return "gemensamt";
  if (PARTY_TEXT.civilsamhalle.test(folded)) return "civilsamhalle";
  if (PARTY_TEXT.stad.test(folded)) return "stad";
  return undefined;
}

/**
 * A principle heading: "Principen om dialog och samverkan" (with or without a bullet such as ►), or
 * "Princip: Öppenhet". Returns the principle's name as it should be shown ("Dialog och samverkan").
 */
export function principleFromHeading(text: string): string | undefined {
  const cleaned = text
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/\s+/g, " ")
    .trim();
  const m = PRINCIPLE_HEADING.exec(cleaned);
  if (!m?.[1]) return undefined;
  return principleName(m[1]);
}

/** "öppenhet och tillgänglighet." → "Öppenhet och tillgänglighet"; drops a leading "Principen om". */
export function principleName(text: string): string {
  const name = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(PRINCIPLE_PREFIX, "")
    .replace(/[.:;,]+$/, "")
    .trim();
  return name.charAt(0).toLocaleUpperCase("sv") + name.slice(1);
}

/**
 * The short key used in commands (`lista dialog`): the first word of the name, folded.
 * "Öppenhet och tillgänglighet" → "oppenhet", "Dialog" → "dialog".
 */
export function principleKey(name: string): string {
  return foldHeading(principleName(name)).split(" ")[0] ?? "";
}

/** A footnote under the table ("*Kommunens interna nätverk …", "Not: …"): not an activity. */
export function isFootnote(text: string): boolean {
  return FOOTNOTE.test(text.trim());
}
