// The words that end the chat console, in both languages: typed alone at the prompt, they leave it
// instead of going to the bot as a command. Compared as typed, trimmed and in lower case.
export const EXIT_WORDS: ReadonlySet<string> = new Set([
  "avsluta",
  "hejdå",
  "hej då",
  "hejda",
  "exit",
  "quit",
  "bye",
  "goodbye",
]);
