// What never goes into the log, at any level: what would let someone act as the bot (tokens, the
// signing secret, the Socket Mode URL with its ticket, a response_url or upload URL, each a bearer
// capability for as long as it lives) or reach a person (e-mail addresses). Structured fields are
// censored by name through pino's redact; text (messages, Bolt's and the Web API client's debug lines,
// which embed whole request bodies and responses as JSON, and error messages) is scrubbed by pattern.

export const CENSOR = "[hemlig]";

const SECRET_FIELDS = [
  "email",
  "response_url",
  "responseUrl",
  "upload_url",
  "url",
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "clientSecret",
  "secret",
  "password",
  "authorization",
];

/** pino redact paths: each secret field at the top of a log line and one level down. */
export const REDACTED_PATHS = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((field) => `*.${field}`),
  "headers.authorization",
  "*.headers.authorization",
];

/** A JSON string's characters up to its closing quote, also inside JSON nested in a string (`\"`, `\\\/`). */
const JSON_STRING_BODY = String.raw`(?:[^"\\]|\\+[^"\\])*`;
/** A run of characters that is not the end of a string, a word or a form field. */
const REST = String.raw`(?:[^\s"'&\\]|\\(?!\\*"))*`;

const PATTERNS: [RegExp, string][] = [
  // "response_url":"…", \"url\":\"…\" (the Socket Mode URL, the modal's private_metadata), "upload_url":"…".
  [
    new RegExp(String.raw`(\\*"(?:response_url|upload_url|url)\\*"\s*:\s*\\*")${JSON_STRING_BODY}`, "g"),
    `$1${CENSOR}`,
  ],
  // response_url=… in a form body.
  [/\b(response_url|upload_url)=[^&\s"'\\]*/g, `$1=${CENSOR}`],
  // Slack's response_urls wherever they appear, also URL-encoded.
  [new RegExp(String.raw`hooks\.slack(?:-gov)?\.com${REST}`, "gi"), CENSOR],
  // An upload URL as the Web API client logs the request to it (files.slack.com/upload/v1/…).
  [new RegExp(String.raw`https?://[^\s"'\\]*/upload/${REST}`, "g"), CENSOR],
  // The Socket Mode URL's query (its ticket), and a ticket anywhere.
  [new RegExp(String.raw`(wss?://[^\s"'?\\]*)\?${REST}`, "g"), `$1?${CENSOR}`],
  [/\bticket=[^&\s"'\\]*/g, `ticket=${CENSOR}`],
  // Slack tokens (xoxb-, xoxp-, xoxa-, xoxe-…, xapp-) and bearer credentials.
  [/\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g, CENSOR],
  [/\b(Bearer)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${CENSOR}`],
  // E-mail addresses (a domain ending in letters: user@127.0.0.1 in a database URL is left alone).
  [/[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/g, "[e-post]"],
];

/** The text with every secret pattern censored, and each of `known` (the configured secrets) too. */
export function scrubLogText(text: string, known: readonly string[] = []): string {
  let out = text;
  for (const secret of known) if (secret && out.includes(secret)) out = out.split(secret).join(CENSOR);
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}
