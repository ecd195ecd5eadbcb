// How replies quote what was typed and list activity numbers: the same in every language (the words
// of each language are the catalogue's, src/texts).

/** How much of what someone typed an error reply quotes back. */
export const EXCERPT_LENGTH = 40;

const graphemes = new Intl.Segmenter("sv", { granularity: "grapheme" });

/**
 * What was typed, as a reply quotes it: whitespace collapsed, and past `max` characters (as people
 * see them: an emoji with its skin tone is one) cut at the last word boundary, with "…". A pasted
 * page is not echoed back whole.
 */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  // Only the start can be quoted: a huge paste is not segmented whole.
  const head = text.length > max * 8 ? text.slice(0, max * 8) : text;
  const chars = Array.from(graphemes.segment(head.replace(/\s+/g, " ").trim()), (s) => s.segment);
  if (head === text && chars.length <= max) return chars.join("");
  const cut = chars.slice(0, max).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "1–14" or "1–9, 11–14": a compact list of activity numbers for error messages. */
export function formatNumberRanges(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = sorted[0];
  let prev = start;
  for (const n of [...sorted.slice(1), Number.NaN]) {
    if (start === undefined || prev === undefined) break;
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    ranges.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = n;
    prev = n;
  }
  return ranges.join(", ");
}
