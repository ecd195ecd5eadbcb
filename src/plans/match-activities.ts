// Which stored activity a row of a re-imported plan is. People refer to activities by number in chat
// (`status 13 klar`) and each carries its own status history, so a row must find *its* activity, never
// its position's. With numbers in the file the number is the identity. Without them (Västerås' plans
// are unnumbered and numbered in row order), a row is matched by its text within the same principle and
// party, tolerant of small edits, one to one, best matches first; two equally close candidates are
// reported, not guessed.
import type { Party } from "../core/command.ts";
import { foldHeading } from "../core/plan-sheet/plan-columns.ts";
import type { ParsedActivity } from "../core/plan-sheet/sheet-to-plan.ts";
import { editDistance } from "../core/suggest.ts";
import type { StoredActivity } from "./plan-changes.ts";

/** How close a row's text must be to a stored title (1 = the same, after folding case and punctuation). */
export const MIN_SIMILARITY = 0.75;

export interface Ambiguity {
  row: number;
  title: string;
  /** The stored activities equally close to the row. */
  candidates: { number: number; title: string }[];
  /** Other rows (sheet row numbers) equally close to the same stored activity. */
  rivalRows: number[];
}

export interface ActivityMatch {
  /** For each parsed activity (by index), the stored activity it is, if any. */
  stored: (StoredActivity | undefined)[];
  /** Rows that could be either of several stored activities; a real import refuses them. */
  ambiguous: Ambiguity[];
  /** Stored activities that no row is: kept as they are. */
  vanished: StoredActivity[];
  /** False when the file differed too much to compare every text (see MAX_COMPARISONS). */
  comparedAll: boolean;
}

export interface MatchScope {
  /** The file has activity numbers. */
  numbered: boolean;
  /** The principle id a row would get, or undefined when the file says nothing about principles. */
  principleOf(a: ParsedActivity): number | null | undefined;
  /** The party a row would get, or undefined when the file says nothing about parties. */
  partyOf(a: ParsedActivity): Party | undefined;
}

export function matchActivities(
  rows: readonly ParsedActivity[],
  stored: readonly StoredActivity[],
  scope: MatchScope,
): ActivityMatch {
  const result: (StoredActivity | undefined)[] = rows.map(() => undefined);
  if (scope.numbered) {
    const byNumber = new Map(stored.map((s) => [s.number, s]));
    rows.forEach((r, i) => {
      result[i] = byNumber.get(r.number);
    });
    const used = new Set(rows.map((r) => r.number));
    return {
      stored: result,
      ambiguous: [],
      vanished: stored.filter((s) => !used.has(s.number)),
      comparedAll: true,
    };
  }
  const ambiguous: Ambiguity[] = [];
  const taken = new Set<number>();
  const sameScope = (r: ParsedActivity, s: StoredActivity) => {
    const principle = scope.principleOf(r);
    const party = scope.partyOf(r);
    return (
      (principle === undefined || principle === s.principleId) && (party === undefined || party === s.party)
    );
  };

  const pairs: { row: number; stored: StoredActivity; score: number }[] = [];
  const folded = rows.map((r) => foldHeading(r.title));
  const storedFolded = new Map(stored.map((s) => [s.id, foldHeading(s.title)]));
  // Exact texts first (the usual case, linear), then edit distance only among what is left.
  const exact = new Map<string, StoredActivity[]>();
  for (const s of stored) {
    const key = storedFolded.get(s.id) ?? "";
    exact.set(key, [...(exact.get(key) ?? []), s]);
  }
  const inexactRows: number[] = [];
  rows.forEach((r, i) => {
    const candidates = (exact.get(folded[i] ?? "") ?? []).filter((s) => sameScope(r, s));
    if (candidates.length) for (const s of candidates) pairs.push({ row: i, stored: s, score: 1 });
    else inexactRows.push(i);
  });
  const exactStored = new Set(pairs.map((p) => p.stored.id));
  const leftover = stored
    .filter((s) => !exactStored.has(s.id))
    .map((s) => ({ s, shape: textShape(storedFolded.get(s.id) ?? "") }));
  let compared = 0;
  let comparedAll = true;
  for (const i of inexactRows) {
    const row = rows[i] as ParsedActivity;
    const shape = textShape(folded[i] ?? "");
    for (const { s, shape: other } of leftover) {
      if (!sameScope(row, s) || !mayBeSimilar(shape, other)) continue;
      if (++compared > MAX_COMPARISONS) {
        comparedAll = false;
        break;
      }
      const score = similarity(shape.text, other.text);
      if (score >= MIN_SIMILARITY) pairs.push({ row: i, stored: s, score });
    }
    if (!comparedAll) break;
  }
  // Half-compared, a near match could be taken from the row it truly is: keep only the exact ones.
  if (!comparedAll) pairs.splice(0, pairs.length, ...pairs.filter((p) => p.score === 1));

  // Best first; a pair whose row or stored activity has another unassigned pair of the same score is
  // a tie, and neither is guessed.
  pairs.sort((a, b) => b.score - a.score || a.row - b.row || a.stored.number - b.stored.number);
  const doubtful = new Set<number>();
  for (let start = 0; start < pairs.length; ) {
    let end = start;
    while (end < pairs.length && pairs[end]?.score === pairs[start]?.score) end++;
    const open = pairs
      .slice(start, end)
      .filter((p) => result[p.row] === undefined && !doubtful.has(p.row) && !taken.has(p.stored.id));
    const perRow = countBy(open, (p) => p.row);
    const perStored = countBy(open, (p) => p.stored.id);
    for (const p of open) {
      if ((perRow.get(p.row) ?? 0) > 1 || (perStored.get(p.stored.id) ?? 0) > 1) {
        if (doubtful.has(p.row)) continue;
        doubtful.add(p.row);
        const row = rows[p.row] as ParsedActivity;
        const candidates = open.filter((q) => q.row === p.row).map((q) => q.stored);
        const claimed = new Set(candidates.map((c) => c.id));
        ambiguous.push({
          row: row.row,
          title: row.title,
          candidates: candidates.map((c) => ({ number: c.number, title: c.title })),
          rivalRows: [
            ...new Set(
              open
                .filter((q) => q.row !== p.row && claimed.has(q.stored.id))
                .map((q) => rows[q.row]?.row ?? 0),
            ),
          ],
        });
        continue;
      }
      result[p.row] = p.stored;
      taken.add(p.stored.id);
    }
    start = end;
  }
  // A stored activity that is one of several candidates of a doubtful row is not "vanished": its row
  // is undecided.
  const inDoubt = new Set(
    pairs.filter((p) => doubtful.has(p.row) && !taken.has(p.stored.id)).map((p) => p.stored.id),
  );
  return {
    stored: result,
    ambiguous,
    vanished: stored.filter((s) => !taken.has(s.id) && !inDoubt.has(s.id)),
    comparedAll,
  };
}

/**
 * Edit distances computed at most, so that a file that differs from the stored plan almost
 * everywhere is answered in seconds; past it, rows without an exact match count as new (and the
 * stored activities are kept), which never moves history to the wrong activity.
 */
export const MAX_COMPARISONS = 20_000;

interface TextShape {
  text: string;
  words: Map<string, number>;
  wordCount: number;
  letters: Map<string, number>;
}

function textShape(text: string): TextShape {
  const words = new Map<string, number>();
  const list = text.split(" ").filter(Boolean);
  for (const w of list) words.set(w, (words.get(w) ?? 0) + 1);
  const letters = new Map<string, number>();
  for (const ch of text) letters.set(ch, (letters.get(ch) ?? 0) + 1);
  return { text, words, wordCount: list.length, letters };
}

/**
 * A cheap upper bound of `similarity`: letters that one text has and the other lacks each need an
 * edit, and so does every word not shared. Pairs that cannot reach MIN_SIMILARITY are not compared.
 */
function mayBeSimilar(a: TextShape, b: TextShape): boolean {
  const longest = Math.max(a.text.length, b.text.length);
  let missing = 0;
  for (const [ch, n] of a.letters) missing += Math.max(0, n - (b.letters.get(ch) ?? 0));
  let extra = 0;
  for (const [ch, n] of b.letters) extra += Math.max(0, n - (a.letters.get(ch) ?? 0));
  if (longest && 1 - Math.max(missing, extra) / longest >= MIN_SIMILARITY) return true;
  let shared = 0;
  for (const [w, n] of a.words) shared += Math.min(n, b.words.get(w) ?? 0);
  const words = Math.max(a.wordCount, b.wordCount);
  return words > 0 && shared / words >= MIN_SIMILARITY;
}

/**
 * How alike two folded titles are, 0–1: the better of letters (a typo fixed) and words (a word added
 * or dropped), each as 1 − edits / the longer length.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (!longest) return 1;
  const letterLimit = Math.floor(longest * (1 - MIN_SIMILARITY));
  const letters = 1 - editDistance(a, b, letterLimit) / longest;
  const [wa, wb] = asWordStrings(a, b);
  const words = Math.max(wa.length, wb.length);
  const wordScore = words ? 1 - editDistance(wa, wb, Math.floor(words * (1 - MIN_SIMILARITY))) / words : 1;
  return Math.max(letters, wordScore, 0);
}

// Each distinct word as one character, so the edit distance counts whole words.
function asWordStrings(a: string, b: string): [string, string] {
  const codes = new Map<string, string>();
  const encode = (text: string) =>
    text
      .split(" ")
      .filter(Boolean)
      .map((w) => {
        let c = codes.get(w);
        if (c === undefined) {
          c = String.fromCodePoint(0xe000 + codes.size);
          codes.set(w, c);
        }
        return c;
      })
      .join("");
  return [encode(a), encode(b)];
}

function countBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
