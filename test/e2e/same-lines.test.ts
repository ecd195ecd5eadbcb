// Every surface goes through the one door: the same 30 lines, typed by the same coordinator in a
// channel bound to the demo group, through Slack (Bolt's receiver, signed `/lok` requests), Teams (the
// SDK app with real JWTs, `@LÖK` mentions) and the console. What the core decided for each line must be
// the same on all three; each surface must also have shown the answer.
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityFields, activityTitle } from "../../src/core/replies/activity-replies.ts";
import { summaryLine } from "../../src/core/replies/list-replies.ts";
import { textsFor } from "../../src/texts/index.ts";

/** The lines are Swedish, and so is every group here. */
const SV = textsFor("sv");

import type { Block, Reply } from "../../src/core/reply.ts";
import {
  consoleSurface,
  type Sent,
  type Surface,
  type SurfaceName,
  slackSurface,
  teamsSurface,
} from "../support/line-surfaces.ts";
import { CHANNEL } from "../support/slack-payloads.ts";

type Json = Record<string, unknown>;

const NUL = "\u0000";
const LONG_COMMENT = "Vi har ringt runt till föreningarna och fått svar från de flesta. ".repeat(80);

/** Reads and writes in the order a coordinator might type them; later lines see earlier changes. */
const LINES: string[] = [
  "hjälp",
  "hjälp status",
  "lista",
  "lista mina",
  "lista försenade",
  "visa 3",
  "status 3",
  "status 3 pågår Började i veckan",
  "status 3 pågår",
  "status 4 klar",
  "deadline 5 15 mars 2027",
  "ansvarig 6 Tina Modin",
  "möte 2 maj 2027 kl 18-20 Föreningarnas hus",
  "möten",
  "agenda",
  "agenda lägg till Lokalfrågan",
  "rapport",
  "påminnelser",
  "digest av",
  "tyst till 15 augusti",
  "tyst av",
  "status 99 klar",
  "status 3 flygande",
  "deadline 3 31 februari",
  "blahonga",
  `status 7 klar Klart${NUL} efter mötet`,
  `status 9 pågår ${LONG_COMMENT}`.slice(0, 5000),
  "lok visa 3",
  "/lok visa 3",
  "rapport fil",
];

// ——— What the core decided, without what belongs to one platform ———

function blockText(block: Block): string[] {
  switch (block.type) {
    case "heading":
    case "text":
    case "note":
      return [block.text];
    case "fields":
      return block.fields.map((f) => `${f.label}: ${f.value}`);
    case "bullets":
      return block.items;
    case "activity": {
      const a = block.activity;
      return [
        activityTitle(a),
        ...activityFields(SV, a).map((f) => `${f.label}: ${f.value}`),
        ...a.updates.map((u) => `${u.atLocal} ${u.status} ${u.author ?? ""} ${u.comment ?? ""}`),
      ];
    }
    case "activity_list":
      return block.items.length ? block.items.map((item) => summaryLine(SV, item)) : [block.emptyText];
    case "actions":
      return block.actions.map((x) => `[${x.label}] ${JSON.stringify(x.action)}`);
  }
}

function replyText(reply: Reply): string {
  return reply.blocks.flatMap(blockText).join("\n");
}

/** The first sentence a person reads, as plain text (no code marks). */
function firstSentence(reply: Reply): string {
  const first =
    replyText(reply)
      .split("\n")
      .find((l) => l.trim() !== "") ?? "";
  const sentence = /^.*?[.!?:](?=\s|$)/.exec(first)?.[0] ?? first;
  return plain(sentence).slice(0, 120);
}

/** Rendered text compared as a person reads it: entities decoded, no code marks, spaces collapsed. */
function plain(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/[`*]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

async function normalised(surface: Surface, sent: Sent) {
  const { outcome, incoming } = sent.knock;
  const member = outcome.memberId
    ? await surface.db.prisma.member.findUnique({ where: { id: outcome.memberId } })
    : null;
  // In a Teams channel everyone sees every answer (`privateReplies: false`), so the door makes the
  // answer itself the channel's line and lists no separate announcement; on Slack (an ephemeral
  // answer) and in the console it lists the line. Counted as what the channel is told either way.
  const seenByAll = incoming.conversationType === "channel" && incoming.privateReplies === false;
  if (seenByAll) expect(outcome.announcements, `${surface.name} announces besides its answer`).toEqual([]);
  const toldTheChannel = seenByAll
    ? [outcome.reply, ...(outcome.before ?? [])].filter((r) => r.announcement && r.effect === "changed")
        .length
    : outcome.announcements.length;
  return {
    tone: outcome.reply.tone,
    visibility: outcome.reply.visibility,
    audience: outcome.audience,
    effect: outcome.effect ?? "none",
    redraw: outcome.redraw,
    text: replyText(outcome.reply),
    announcement: outcome.reply.announcement?.text ?? null,
    before: (outcome.before ?? []).map(replyText),
    toldTheChannel,
    file: outcome.file ? { fileName: outcome.file.fileName, title: outcome.file.title } : null,
    form: outcome.form ?? null,
    rerun: outcome.rerun ?? null,
    actedAs: member ? { name: member.name, role: member.role } : null,
  };
}

/** What each surface showed for a line says what the core answered. */
function showsTheAnswer(name: SurfaceName, line: string, sent: Sent): void {
  const { outcome } = sent.knock;
  const where = `“${line}”: what ${name} showed`;
  if (sent.modal) {
    // Slack opens the form the core offered instead of printing the reply.
    const form = outcome.form;
    expect(form, where).toBeDefined();
    if (form?.kind === "activity") {
      expect(sent.modal, where).toMatchObject({ type: "modal", title: { text: "Ny aktivitet" } });
      return;
    }
    expect(sent.modal, where).toMatchObject({
      type: "modal",
      title: { text: `Aktivitet ${form?.number}` },
    });
    const [statusInput] = sent.modal.blocks as Json[];
    expect(statusInput, where).toMatchObject({
      element: { initial_option: { value: form?.status } },
    });
    return;
  }
  expect(plain(sent.rendered), where).toContain(firstSentence(outcome.reply));
  // Slack posts the change in the bound channel, the console prints it as the channel's line; in a
  // Teams channel the answer itself is what everyone sees, and nothing else is posted there.
  if (name === "teams") expect(sent.channelLines, where).toBe("");
  for (const a of outcome.announcements) {
    expect(plain(sent.channelLines), where).toContain(
      plain(name === "slack" ? `${CHANNEL}: ${a.text}` : a.text),
    );
  }
  if (!outcome.file) return;
  // Slack uploads the workbook; Teams and the console say how to get it instead.
  if (name === "slack") expect(sent.uploaded, where).toBe(true);
  else expect(plain(sent.rendered), where).toContain(plain(outcome.file.fallback));
}

describe("the same lines through Slack, Teams and the console", () => {
  let surfaces: Surface[] = [];

  beforeAll(async () => {
    surfaces = await Promise.all([slackSurface(), teamsSurface(), consoleSurface()]);
    // Anna binds the Slack channel and the Teams channel to the demo group (the console needs none).
    for (const s of surfaces.filter((x) => x.name !== "console")) {
      const bound = await s.send("koppla");
      expect(bound.knock.outcome.effect, s.name).toBe("changed");
      expect(plain(bound.rendered), s.name).toContain("Den här kanalen är nu kopplad till");
    }
  }, 60_000);

  afterAll(async () => {
    await Promise.all(surfaces.map((s) => s.close()));
  });

  it("has thirty lines", () => {
    expect(LINES).toHaveLength(30);
  });

  // Test names show a NUL as \0 and only the start of a long line.
  const label = (line: string) => {
    const shown = line.replaceAll(NUL, "\\0");
    return shown.length > 60 ? `${shown.slice(0, 60)}…` : shown;
  };

  it.each(LINES.map((line, i) => [i + 1, label(line), line]))(
    "line %i (%s): the same outcome on every surface, and each shows the answer",
    async (_n, _label, line) => {
      const results: { surface: Surface; sent: Sent }[] = [];
      for (const surface of surfaces) results.push({ surface, sent: await surface.send(line as string) });
      const decided = await Promise.all(
        results.map(async ({ surface, sent }) => ({
          name: surface.name,
          outcome: await normalised(surface, sent),
        })),
      );
      // Each surface against the others, so that a failure names the one that decided otherwise.
      for (const one of decided) {
        const rest = decided.filter((d) => d !== one);
        const othersAgree = rest.every((d) => isDeepStrictEqual(d.outcome, rest[0]?.outcome));
        if (!othersAgree) continue;
        expect(
          one.outcome,
          `“${line}”: ${one.name} decided otherwise than ${rest.map((d) => d.name).join(" and ")}`,
        ).toEqual(rest[0]?.outcome);
      }
      const [first, ...later] = decided;
      for (const d of later) {
        expect(d.outcome, `“${line}”: ${d.name} decided otherwise than ${first?.name}`).toEqual(
          first?.outcome,
        );
      }
      for (const { surface, sent } of results) showsTheAnswer(surface.name, line as string, sent);
    },
    30_000,
  );
});
