// `protokoll fil`: the minutes as the files a surface uploads, a Word document and its Markdown, made
// when the surface asks for them (after the answer is shown).

import type { MinutesDoc } from "../core/minutes.ts";
import { type MinutesLine, minutesLayout } from "../core/minutes-layout.ts";
import { normalizeForMatch } from "../core/normalize-text.ts";
import type { OutcomeFile } from "../core/outcome.ts";
import type { MinutesAttachment } from "../core/reply.ts";
import { minutesDocx } from "../plans/export-minutes-docx.ts";
import { minutesMarkdown } from "../plans/export-minutes-md.ts";
import { type Messages, textsFor } from "../texts/index.ts";
import type { GroupRef } from "./actor.ts";
import type { Db } from "./deps.ts";
import { gatherMinutes } from "./minutes.ts";

/** The meeting's title as it stands in the files' names: "samverkansradet". */
export function minutesFileSlug(title: string): string {
  return (
    normalizeForMatch(title)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "mote"
  );
}

/** The layout the files are made from, on every surface: with the group's name under the title. */
export function minutesFileLayout(t: Messages, group: GroupRef, doc: MinutesDoc): MinutesLine[] {
  return minutesLayout(t, doc, { groupName: group.name });
}

export function minutesFiles(db: Db, group: GroupRef, a: MinutesAttachment, by: string): OutcomeFile[] {
  const t = textsFor(group.locale);
  const texts = {
    title: t.minutes.fileTitle(a.meetingTitle, a.date),
    comment: t.minutes.fileComment(a.meetingTitle, a.date, by),
  };
  const layout = async () => {
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: a.meetingId } });
    return minutesFileLayout(t, group, await gatherMinutes(db, group, meeting));
  };
  return [
    {
      kind: a.kind,
      fileName: a.fileName,
      fallback: a.fallback,
      ...texts,
      content: async () => minutesDocx(await layout()),
    },
    {
      kind: a.kind,
      fileName: a.markdownFileName,
      fallback: a.fallback,
      ...texts,
      content: async () => Buffer.from(minutesMarkdown(await layout()), "utf8"),
    },
  ];
}
