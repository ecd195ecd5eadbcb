// Rows that are headings, not activities: a party section ("Örebro kommun", "Civilsamhällets
// aktiviteter", "Gemensamma aktiviteter") sets the party of the rows below it, and a principle heading
// ("► Principen om dialog och samverkan") their principle. Also the words a Part column may hold.
import type { Party } from "../command.ts";
import { foldHeading } from "./plan-columns.ts";

const MUNICIPALITY = "(?:kommun|kommunen|kommunens|stad|staden|stadens|stads|region|regionen|regionens)";
const CIVIL =
  "(?:det )?(?:civila samhallet|civila samhallets|civilsamhallet|civilsamhallets|civilsamhalle|foreningslivet|foreningslivets|ideburen sektor)";
const PLACE = "(?:\\p{L}+ ){0,2}";

const STAD = new RegExp(`^(?:${PLACE}${MUNICIPALITY}|stad|kommun)$`, "u");
const CIVILSAMHALLE = new RegExp(`^(?:${CIVIL}|civil|civilsamhalle)$`, "u");
const GEMENSAMT = new RegExp(
  `^(?:gemensamt|gemensamma|gemensam|bada parter|${PLACE}${MUNICIPALITY} och ${CIVIL}|${CIVIL} och ${PLACE}${MUNICIPALITY})$`,
  "u",
);

/** The party a heading or a Part cell names, or undefined. "Västerås stads aktiviteter" → stad. */
export function partyFromText(text: string): Party | undefined {
  const folded = foldHeading(text)
    .replace(/^[^\p{L}]+/u, "")
    .replace(/ (?:aktiviteter|aktivitet|atgarder|ataganden)$/, "")
    .trim();
  if (!folded || folded.split(" ").length > 8) return undefined;
  if (GEMENSAMT.test(folded)) return "gemensamt";
  if (CIVILSAMHALLE.test(folded)) return "civilsamhalle";
  if (STAD.test(folded)) return "stad";
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
  const m = /^(?:principen om|princip om|princip:)\s*(.+)$/iu.exec(cleaned);
  if (!m?.[1]) return undefined;
  return principleName(m[1]);
}

/** "öppenhet och tillgänglighet." → "Öppenhet och tillgänglighet"; drops a leading "Principen om". */
export function principleName(text: string): string {
  const name = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^principen om\s+/iu, "")
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
  return /^(?:\*|¹|²|³|not:|fotnot)/iu.test(text.trim());
}
