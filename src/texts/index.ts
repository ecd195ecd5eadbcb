// The message catalogue: `textsFor(locale)` gives every text in one language. Chat replies use the
// group's `locale`; the CLI and configuration errors use LOK_LOCALE (default sv).
import { en } from "./en.ts";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locale.ts";
import { type Messages, sv } from "./sv.ts";

export type { Locale } from "./locale.ts";
export { DEFAULT_LOCALE, isLocale, LOCALES } from "./locale.ts";
export { PRODUCT_NAME } from "./product.ts";
export type { Messages } from "./sv.ts";

const CATALOGUE: Record<Locale, Messages> = { sv, en };

/** The texts of a locale; anything unknown (a missing or stray value) reads as Swedish. */
export function textsFor(locale?: string | null): Messages {
  return CATALOGUE[isLocale(locale) ? locale : DEFAULT_LOCALE];
}

/** LOK_LOCALE as a locale: the language of the CLI and of configuration errors. */
export function envLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const wanted = env.LOK_LOCALE?.trim().toLowerCase();
  return isLocale(wanted) ? wanted : DEFAULT_LOCALE;
}

/** The texts for the CLI and configuration errors. */
export function envTexts(env: NodeJS.ProcessEnv = process.env): Messages {
  return textsFor(envLocale(env));
}
