// How a plan names its two parties, learnt from its own words: "Handlingsplan för Gävle kommun och
// ideella sektorn" names the city "Gävle kommun" and civil society "ideella sektorn"; a heading
// "Västerås stads aktiviteter" names the city Västerås. A section heading the importer has no word for
// ("Ideella sektorn", "Gävle", "Föreningslivet i Gävle") gets its party from these names, or none when
// the plan does not say, and then the person is asked.
import type { Party } from "../command.ts";
import { foldHeading } from "./plan-columns.ts";
import {
  AND,
  CIVIL_WORDS,
  GENERIC_SUFFIX,
  MUNICIPALITY_WORD,
  NAME_END,
  NAME_FILLERS,
} from "./plan-vocabulary.ts";

export interface PartyNaming {
  /** Folded place names of the municipality: "gavle", "vasteras". */
  places: string[];
  /** Folded names the plan gives civil society: "ideella sektorn". */
  civil: string[];
}

/** Folded, without a leading bullet and a trailing "aktiviteter"; each word's genitive s dropped. */
function stem(text: string): string {
  return foldHeading(text)
    .replace(GENERIC_SUFFIX, "")
    .split(" ")
    .map((w) => (w.length > 3 ? w.replace(/s$/, "") : w))
    .join(" ");
}

/** The names the texts (title rows, headings, the sheet's name) give the two parties. */
export function partyNaming(texts: readonly string[]): PartyNaming {
  const places = new Set<string>();
  const civil = new Set<string>();
  for (const text of texts) {
    const words = foldHeading(text).split(" ").filter(Boolean);
    words.forEach((word, i) => {
      if (!MUNICIPALITY_WORD.test(word)) return;
      // "Gävle kommun", "Västerås stads"; "Region Gotland".
      const before = words[i - 1];
      const after = words[i + 1];
      const place = word.startsWith("region") && after && !NAME_END.has(after) ? after : before;
      if (place && !NAME_END.has(place) && !MUNICIPALITY_WORD.test(place)) places.add(place);
      // The other side of "A och B", as the plan names it.
      const other =
        after === AND
          ? words.slice(i + 2)
          : words[i - 2] === AND
            ? words.slice(0, i - 2).reverse()
            : undefined;
      if (!other) return;
      const name: string[] = [];
      for (const w of other) {
        if (NAME_END.has(w) || /^\d/.test(w) || name.length === 3) break;
        name.push(w);
      }
      if (name.length && !name.some((w) => MUNICIPALITY_WORD.test(w)))
        civil.add(stem((after === AND ? name : name.reverse()).join(" ")));
    });
  }
  return { places: [...places].map(stem), civil: [...civil] };
}

/**
 * The party of a heading the importer has no word for, from the plan's own names; else undefined.
 * `strict` (an unnumbered plan, where an activity is a lone text too): the heading must be nothing but
 * names of the parties ("Ideella sektorn", "Gävle"), not a sentence that mentions one.
 */
export function inferParty(
  heading: string,
  naming: PartyNaming,
  options: { strict?: boolean } = {},
): Party | undefined {
  const text = ` ${stem(heading)} `;
  const folded = foldHeading(heading);
  if (options.strict) {
    let rest = ` ${folded.replace(GENERIC_SUFFIX, "")} `.replace(new RegExp(CIVIL_WORDS.source, "g"), " ");
    rest = ` ${stem(rest)} `;
    for (const name of [...naming.civil, ...naming.places]) rest = rest.split(` ${name} `).join(" ");
    const leftover = rest
      .split(" ")
      .filter((w) => w && !MUNICIPALITY_WORD.test(w) && !NAME_FILLERS.includes(w));
    if (leftover.length) return undefined;
  }
  const civil = CIVIL_WORDS.test(folded) || naming.civil.some((name) => text.includes(` ${name} `));
  const city = naming.places.some((place) => text.includes(` ${place} `));
  const municipality = folded.split(" ").some((w) => MUNICIPALITY_WORD.test(w));
  if (civil && (municipality || (city && text.includes(` ${AND} `)))) return "gemensamt";
  if (civil) return "civilsamhalle";
  if (city || municipality) return "stad";
  return undefined;
}
