// The fields of a slash command that the app reads, as Slack sends them: one string each. A form body
// where one of them is missing, empty or repeated (`text=a&text=b` parses to an array) did not come
// from Slack as Slack documents it, so nothing in it is used.
import { z } from "zod";

const required = z.string().min(1);

const slashCommandFields = z.object({
  command: required,
  team_id: required,
  user_id: required,
  channel_id: required,
  trigger_id: required,
  text: z.string().optional(),
  user_name: z.string().optional(),
  channel_name: z.string().optional(),
  response_url: z.string().optional(),
});

/** A request body that Bolt dispatches as a slash command (it has `command`, whatever its shape). */
export function isSlashCommandBody(body: unknown): body is Record<string, unknown> {
  return typeof body === "object" && body !== null && (body as { command?: unknown }).command !== undefined;
}

/** The fields that are missing, empty or repeated, as `user_id: missing`; empty when all is well. */
export function slashCommandProblems(body: Record<string, unknown>): string[] {
  const parsed = slashCommandFields.safeParse(body);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "?");
    const value = body[field];
    const problem = Array.isArray(value) ? "repeated" : value === undefined ? "missing" : "empty";
    return `${field}: ${problem}`;
  });
}
