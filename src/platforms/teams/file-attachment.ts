// A file a person sent to the bot in Teams: an attachment of type file.download.info, whose
// content.downloadUrl is pre-authenticated. It is fetched without any credential of the bot's, over
// https only (a loopback http origin only where the surface was configured so, in tests).
import type { IMessageActivity } from "@microsoft/teams.api";
import type { IncomingInput } from "../../services/conversation.ts";
import { CHAT_PLAN_FILE_BYTES } from "../../services/plan-upload.ts";
import { downloadFile, onOrigin } from "../file-download.ts";

export const FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info";

export interface TeamsFile {
  name: string;
  url?: string;
}

/** The first file attached to the message, if it has one. */
export function fileAttachment(activity: IMessageActivity): TeamsFile | undefined {
  const attachment = (activity.attachments ?? []).find((a) => a.contentType === FILE_DOWNLOAD_INFO);
  if (!attachment) return undefined;
  const content = (attachment.content ?? {}) as { downloadUrl?: unknown };
  return {
    name: attachment.name ?? "",
    ...(typeof content.downloadUrl === "string" ? { url: content.downloadUrl } : {}),
  };
}

function mayFetch(url: string, insecureOrigins: readonly string[]): boolean {
  try {
    return new URL(url).protocol === "https:" || onOrigin(url, insecureOrigins);
  } catch {
    return false;
  }
}

/** The door's input for the file: its bytes, or why it was not fetched (never in a channel). */
export async function teamsFileInput(
  file: TeamsFile,
  options: { personal: boolean; insecureOrigins: readonly string[] },
): Promise<IncomingInput> {
  const name = file.name || "plan";
  if (!options.personal) return { type: "file_unavailable", name, reason: "channel" };
  if (!file.url || !mayFetch(file.url, options.insecureOrigins))
    return { type: "file_unavailable", name, reason: "refused" };
  const fetched = await downloadFile(file.url, { limit: CHAT_PLAN_FILE_BYTES }).catch(() => ({
    ok: false as const,
    reason: "failed" as const,
  }));
  if (fetched.ok) return { type: "file", name, bytes: fetched.bytes };
  return {
    type: "file_unavailable",
    name,
    reason: fetched.reason,
    ...("size" in fetched && fetched.size !== undefined ? { size: fetched.size } : {}),
  };
}
