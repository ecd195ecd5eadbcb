// What free text from outside may contain, decided once for every door (a typed line, a form, a
// button, a card): no NUL (PostgreSQL refuses 0x00 in text and in JSON), no other C0 or C1 control
// character (a terminal runs them: ESC clears the screen, moves the cursor, rewrites what was shown),
// and no lone surrogate (not valid UTF-8, so not storable as typed). Newline and tab are text; a
// carriage return becomes a newline, so a Windows line break stays one line break. They are removed,
// not refused: they are invisible to the person who typed, so there is nothing to ask them to correct.

/** A carriage return with or without its line feed. */
const CARRIAGE_RETURN = /\r\n?/g;
/** Controls (C0, DEL, C1) except tab and newline, and lone surrogates (with the u flag, a pair is one code point). */
const NOT_TEXT = /(?![\t\n])[\p{Cc}\p{Cs}]/gu;

/** The text with carriage returns as newlines and every other control character and lone surrogate removed. */
export function cleanIncomingText(text: string): string {
  NOT_TEXT.lastIndex = 0;
  if (!NOT_TEXT.test(text)) return text;
  return text.replace(CARRIAGE_RETURN, "\n").replace(NOT_TEXT, "");
}
