// A calendar date without time or zone ("2027-03-15"), the way deadlines are kept and typed.
import { z } from "zod";

export const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
export type LocalDate = z.infer<typeof localDateSchema>;

/** A local time of day, "HH:MM", 24-hour. */
export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM");
export type LocalTime = z.infer<typeof localTimeSchema>;
