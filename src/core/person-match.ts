// Who is meant by a name as people type it: `ansvarig 13 Anna`, LOK_USER="Mats-Olof". One rule for
// every place that finds a member by name. Case and diacritics are folded; a name's words are split at
// spaces and hyphens, so a hyphenated first name (Mats-Olof, Ann-Mari, K-G) answers to the whole name,
// to "Mats Olof" typed without the hyphen, and to its first part ("Mats") when that is unique.
import { normalizeForMatch } from "./normalize-text.ts";
import { closest } from "./suggest.ts";

export interface NamedPerson {
  name: string;
  email?: string | null;
}

export type PersonMatch<T> =
  | { kind: "one"; person: T }
  | { kind: "many"; candidates: T[] }
  | { kind: "none"; suggestions: T[] };

const parts = (text: string): string[] =>
  normalizeForMatch(text)
    .split(/[\s-]+/)
    .filter(Boolean);

// The query's parts, in order, among the name's parts: each equal to one (`whole`) or its beginning.
function fits(query: readonly string[], name: readonly string[], whole: boolean): boolean {
  let at = 0;
  for (const q of query) {
    while (at < name.length && !(whole ? name[at] === q : name[at]?.startsWith(q))) at++;
    if (at === name.length) return false;
    at++;
  }
  return query.length > 0;
}

/**
 * The person `query` names: an e-mail address or the full name, else the people whose name has the
 * typed words as whole words ("Mats" is both Mats Einestam and Mats-Olof Liljegren), else as the
 * beginnings of words ("Ann" for Anna or Ann-Mari, "Mats E"). One match is the person; several are
 * the candidates to list; none gives the names closest to a typo.
 */
export function matchPerson<T extends NamedPerson>(query: string, people: readonly T[]): PersonMatch<T> {
  const typed = query.trim().replace(/^@/, "");
  const wanted = normalizeForMatch(typed).replace(/\s+/g, " ");
  const byEmail = people.filter((p) => p.email && p.email.toLowerCase() === typed.toLowerCase());
  const byName = people.filter((p) => normalizeForMatch(p.name).replace(/\s+/g, " ") === wanted);
  const queryParts = parts(typed);
  for (const found of [
    byEmail,
    byName,
    people.filter((p) => fits(queryParts, parts(p.name), true)),
    people.filter((p) => fits(queryParts, parts(p.name), false)),
  ]) {
    if (found.length === 1) return { kind: "one", person: found[0] as T };
    if (found.length > 1) return { kind: "many", candidates: found };
  }
  const nearest = closest(
    wanted,
    people.map((p) => normalizeForMatch(p.name)),
    3,
  );
  return { kind: "none", suggestions: people.filter((p) => normalizeForMatch(p.name) === nearest) };
}
