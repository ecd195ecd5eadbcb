// Replies about a plan file sent to the bot: its dry run with Importera and Avbryt, and the answers to
// the presses. The lines themselves come from the importer's summary (import-summary.ts).
import type { Messages } from "../../texts/index.ts";
import { type Block, type Reply, reply } from "../reply.ts";
import { unchangedReply } from "./no-change-replies.ts";

/** What staging a file came to, as far as the reply needs it (the service's result has more). */
export type StagedView =
  | { kind: "staged"; uploadId: number; fileName: string; lines: readonly string[] }
  | { kind: "not_importable"; fileName: string; lines: readonly string[] };

/** What a press on Importera or Avbryt came to. */
export type DecidedView =
  | { kind: "imported"; fileName: string; planName: string; lines: readonly string[] }
  | { kind: "cancelled"; fileName: string }
  | { kind: "already"; state: "imported" | "cancelled"; fileName: string; by?: string }
  | { kind: "expired"; fileName: string }
  | { kind: "not_found" }
  | { kind: "failed"; fileName: string; lines: readonly string[] };

/** The importer's lines as one block each way they are read: a paragraph of lines, as `lok import` prints them. */
function linesBlock(lines: readonly string[]): Block {
  return { type: "text", text: lines.join("\n") };
}

/**
 * The dry run: what would be created, changed and renumbered, with Importera and Avbryt when the file
 * can be imported; otherwise what to fix, and no button. Stored (`changed`) only when an upload was kept.
 */
export function stagedReply(t: Messages, staged: StagedView, hours: number): Reply {
  const says = t.planUpload;
  const heading: Block = { type: "heading", text: says.heading(staged.fileName) };
  // Not an error of the person's: what the file says, and what to change in it.
  if (staged.kind === "not_importable") return reply("info", [heading, linesBlock(staged.lines)]);
  return reply(
    "info",
    [
      heading,
      linesBlock(staged.lines),
      { type: "note", text: says.confirmNote(hours) },
      {
        type: "actions",
        actions: [
          {
            label: says.confirm,
            action: { kind: "import_confirm", upload: staged.uploadId },
            style: "primary",
          },
          { label: says.cancel, action: { kind: "import_cancel", upload: staged.uploadId } },
        ],
      },
    ],
    { effect: "changed" },
  );
}

/** The answer to Importera or Avbryt; an import is announced to the group's channels. */
export function decidedReply(t: Messages, decided: DecidedView, by: string, hours: number): Reply {
  const says = t.planUpload;
  switch (decided.kind) {
    case "imported":
      return reply(
        "success",
        [{ type: "text", text: says.imported(decided.fileName) }, linesBlock(decided.lines)],
        {
          effect: "changed",
          announcement: { text: says.announce(decided.planName, by, decided.fileName) },
        },
      );
    case "cancelled":
      return reply("info", [{ type: "text", text: says.cancelled(decided.fileName) }], { effect: "changed" });
    case "already":
      return decided.state === "imported"
        ? unchangedReply(t, says.alreadyImported(decided.fileName, decided.by))
        : unchangedReply(t, says.alreadyCancelled(decided.fileName, decided.by));
    case "expired":
      return unchangedReply(t, says.expired(decided.fileName, hours));
    case "not_found":
      return unchangedReply(t, says.notFound);
    case "failed":
      return reply("error", [
        { type: "text", text: says.failed(decided.fileName) },
        linesBlock(decided.lines),
      ]);
  }
}

/** A file in a channel, or `importera <sökväg>` typed where the bot must not read the server's files. */
export function fileHintReply(t: Messages, inChannel: boolean): Reply {
  return reply("info", [
    { type: "text", text: inChannel ? t.planUpload.inChannel : t.planUpload.sendAsAttachment },
  ]);
}

/** A file the surface could not fetch: too large, from a host it does not trust, or not at all. */
export function fileUnavailableReply(
  t: Messages,
  file: { name: string; reason: "too_large" | "failed"; size?: number; limit: number },
): Reply {
  const says = t.planUpload;
  const text =
    file.reason === "too_large"
      ? says.tooLarge(file.name, file.size ?? file.limit + 1, file.limit)
      : says.downloadFailed(file.name);
  return reply("error", [{ type: "text", text }]);
}
