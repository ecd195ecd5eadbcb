// Fetching a file a person sent to the bot in Slack. The bot token goes only to Slack's file host
// (files.slack.com, or the configured Web API's own origin where the tests run a loopback Slack): a
// file URL naming any other host is refused before anything is sent.
import { type Download, downloadFile, onOrigin } from "../file-download.ts";

export type { Download } from "../file-download.ts";

export const SLACK_FILE_ORIGIN = "https://files.slack.com";

/** The origins the bot token may be sent to for a file: Slack's file host, and the configured API's. */
export function slackFileOrigins(apiUrl: string | undefined): string[] {
  return [SLACK_FILE_ORIGIN, ...(apiUrl ? [new URL(apiUrl).origin] : [])];
}

export async function downloadSlackFile(
  url: string,
  options: { token: string; origins: readonly string[]; limit: number; size?: number },
): Promise<Download> {
  if (!onOrigin(url, options.origins)) return { ok: false, reason: "refused" };
  return downloadFile(url, {
    headers: { authorization: `Bearer ${options.token}` },
    limit: options.limit,
    ...(options.size !== undefined ? { size: options.size } : {}),
  });
}
