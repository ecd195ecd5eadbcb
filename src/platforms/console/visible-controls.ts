// Text for a terminal, where a control character is an instruction, not text: ESC starts a sequence
// that clears the screen, moves the cursor or retitles the window, CR and BS overwrite what is shown.
// Stored text (a comment, a title from an imported sheet, a member's name) may hold them, so whatever
// the console and `lok tick` print shows them instead: C0 controls and DEL as their Unicode control
// pictures (ESC as ␛, BEL as ␇), C1 controls as <U+009B>. Newlines and tabs are layout and stay.

const CONTROL = /(?![\t\n])\p{Cc}/gu;
/** U+2400 SYMBOL FOR NULL: the C0 control pictures follow in code point order. */
const C0_PICTURES = 0x2400;
const DEL_PICTURE = "␡";

function picture(control: string): string {
  const code = control.codePointAt(0) ?? 0;
  if (code < 0x20) return String.fromCodePoint(C0_PICTURES + code);
  if (code === 0x7f) return DEL_PICTURE;
  return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
}

export function showControls(text: string): string {
  return text.replace(CONTROL, picture);
}
