// Text folding for matching what people type: "Pågår", "PAGAR" and "pågår" must all mean the same.
// Only used to compare words; replies and stored comments always keep the original text.

// Letters that Unicode decomposition leaves alone but Nordic keyboards still produce.
const EXTRA_FOLDS: Record<string, string> = {
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  ł: "l",
  đ: "d",
  þ: "th",
  ı: "i",
};
const EXTRA_FOLD_PATTERN = /[øæœßłđþı]/g;
// Dashes and minus signs that chat clients substitute for "-" as you type.
const DASH_PATTERN = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** Anything outside printable ASCII (space to tilde). */
const BEYOND_ASCII = /[^ -~]/;

/** Removes diacritics (å→a, ä→a, ö→o, é→e, ü→u, ø→o) without changing case. */
export function foldDiacritics(text: string): string {
  // Plain ASCII has nothing to fold (most words of a command: numbers, "klar", "status").
  if (!BEYOND_ASCII.test(text)) return text;
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(EXTRA_FOLD_PATTERN, (ch) => EXTRA_FOLDS[ch] ?? ch)
    .replace(/[ØÆŒŁĐÞ]/g, (ch) => (EXTRA_FOLDS[ch.toLowerCase()] ?? ch).toUpperCase());
}

/** Lowercased, diacritic-free, dash-unified form of a word or phrase, for comparisons only. */
export function normalizeForMatch(text: string): string {
  return foldDiacritics(text.toLowerCase()).toLowerCase().replace(DASH_PATTERN, "-");
}

/** Collapses every run of whitespace (including no-break spaces and line breaks) to one space, and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Drops trailing punctuation that people add after a word ("klar!", "13:", "mars."). */
export function stripTrailingPunctuation(word: string): string {
  return word.replace(/[.,:;!?]+$/, "");
}

// Straight, curly and Swedish-style (”…”, »…») quote pairs, as chat clients substitute them.
const QUOTE_PAIRS: Record<string, string> = {
  '"': '"',
  "“": "”",
  "”": "”",
  "„": "“",
  "'": "'",
  "‘": "’",
  "’": "’",
  "«": "»",
  "»": "«",
};
/** Free text after a command: drops a leading ":" or dash, and quotes around the whole text. */
export function cleanFreeText(text: string): string {
  let t = text.replace(/^[:\-–—]+/, "").trim();
  const close = QUOTE_PAIRS[t.charAt(0)];
  if (t.length >= 2 && close !== undefined && t.endsWith(close)) t = t.slice(1, -1).trim();
  return t;
}
