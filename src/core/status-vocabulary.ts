// The words people use for an activity's status: Swedish first, English aliases after. Matching is on
// folded text (normalize-text.ts), so "pågår", "Pagar" and "PÅGÅR" are one word.
import { ACTIVITY_STATUSES, type ActivityStatus, STATUS_LABEL } from "./activity-status.ts";
import { normalizeForMatch, stripTrailingPunctuation } from "./normalize-text.ts";
import { closest, typoTolerance } from "./suggest.ts";

/** Synonyms as typed (diacritics kept for readability); each is folded before use. */
export const STATUS_SYNONYMS: Record<ActivityStatus, readonly string[]> = {
  ej_paborjad: [
    "ej påbörjad",
    "ej påbörjat",
    "inte påbörjad",
    "inte påbörjat",
    "ej startad",
    "ej startat",
    "inte startad",
    "inte startat",
    "ny",
    "not started",
    "todo",
    "to do",
    "ej_paborjad",
  ],
  pagar: [
    "pågår",
    "påbörjad",
    "påbörjat",
    "startad",
    "startat",
    "igång",
    "i gång",
    "pågående",
    "started",
    "in progress",
    "doing",
    "ongoing",
  ],
  klar: [
    "klar",
    "klart",
    "färdig",
    "färdigt",
    "avslutad",
    "avslutat",
    "genomförd",
    "genomfört",
    "avklarad",
    "avklarat",
    "done",
    "finished",
    "complete",
    "completed",
  ],
  forsenad: ["försenad", "försenat", "sen", "delayed", "late", "behind"],
  // Halted or waiting for something, and to be taken up again: paused, not struck.
  pausad: [
    "pausad",
    "pausat",
    "paus",
    "vilande",
    "stoppad",
    "stoppat",
    "väntar",
    "väntande",
    "blockerad",
    "blockerat",
    "on hold",
    "paused",
    "blocked",
  ],
  struken: [
    "struken",
    "struket",
    "stryk",
    "utgår",
    "avbruten",
    "avbrutet",
    // What a coordinator says of an activity that was cancelled.
    "inställd",
    "inställt",
    "strucken",
    "cancelled",
    "canceled",
    "dropped",
  ],
};

/** Plural forms, as in `lista klara` or `lista ej påbörjade`; the first is the one lists are titled with. */
export const STATUS_PLURALS: Record<ActivityStatus, readonly string[]> = {
  ej_paborjad: ["ej påbörjade", "inte påbörjade", "ej startade", "inte startade", "nya"],
  pagar: ["pågående", "startade"],
  klar: ["klara", "färdiga", "avslutade", "genomförda", "avklarade"],
  forsenad: ["försenade", "sena"],
  pausad: ["pausade", "vilande", "stoppade", "väntande", "blockerade"],
  struken: ["strukna", "avbrutna", "inställda"],
};

/** The six canonical Swedish labels, in workflow order, for help and error texts. */
export const STATUS_LABELS: readonly string[] = ACTIVITY_STATUSES.map((s) => STATUS_LABEL[s]);

/** "ej påbörjad, pågår, klar, försenad, pausad eller struken" */
export function statusChoicesText(): string {
  return `${STATUS_LABELS.slice(0, -1).join(", ")} eller ${STATUS_LABELS[STATUS_LABELS.length - 1]}`;
}

// Folded phrase → status, e.g. "in progress" → pagar. Built once; the table is small.
const PHRASES = new Map<string, ActivityStatus>();
for (const status of ACTIVITY_STATUSES) {
  PHRASES.set(normalizeForMatch(STATUS_LABEL[status]), status);
  for (const synonym of STATUS_SYNONYMS[status]) PHRASES.set(normalizeForMatch(synonym), status);
}
const MAX_PHRASE_WORDS = Math.max(...[...PHRASES.keys()].map((p) => p.split(" ").length));

/**
 * The status named by the first words, taking the longest phrase that matches ("ej startad" beats
 * nothing, "inte klar" matches nothing rather than "klar"). Trailing punctuation on a word is ignored,
 * so `klar:` and `klar!` work. Returns how many words the phrase used.
 */
export function parseStatus(words: readonly string[]): { status: ActivityStatus; consumed: number } | null {
  const folded = words.slice(0, MAX_PHRASE_WORDS).map((w) => stripTrailingPunctuation(normalizeForMatch(w)));
  for (let n = folded.length; n >= 1; n--) {
    const status = PHRASES.get(folded.slice(0, n).join(" "));
    if (status) return { status, consumed: n };
  }
  return null;
}

// Folded singular and plural phrases → status, for a phrase that must be a status as a whole.
const WHOLE_PHRASES = new Map<string, ActivityStatus>(PHRASES);
for (const status of ACTIVITY_STATUSES) {
  for (const plural of STATUS_PLURALS[status]) WHOLE_PHRASES.set(normalizeForMatch(plural), status);
}

/** The status a whole phrase names, singular or plural ("klara", "Ej påbörjade"), or undefined. */
export function statusOfPhrase(phrase: string): ActivityStatus | undefined {
  const folded = phrase
    .split(/\s+/)
    .map((w) => stripTrailingPunctuation(normalizeForMatch(w)))
    .filter(Boolean)
    .join(" ");
  return WHOLE_PHRASES.get(folded);
}

/** The status whose word is closest to a typo ("kalr" → klar), if any is close enough. */
export function suggestStatus(word: string): ActivityStatus | undefined {
  const folded = stripTrailingPunctuation(normalizeForMatch(word));
  const match = closest(folded, [...PHRASES.keys()], typoTolerance(folded));
  return match === undefined ? undefined : PHRASES.get(match);
}
