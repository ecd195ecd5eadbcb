// Replies of the year's follow-up round: opened, its progress, closed, the answers, and the direct
// message that asks each member (with buttons and forms where the surface has them) and reminds them.
import type { Messages } from "../../texts/index.ts";
import type { ActivityStatus } from "../activity-status.ts";
import { ASSESSMENT_SCORES } from "../command.ts";
import type { LocalDate } from "../local-date.ts";
import { type Block, type Reply, type ReplyAction, reply } from "../reply.ts";

const date = (t: Messages, d: LocalDate | undefined) => (d ? t.dates.date(d) : undefined);

function changed(text: string, notes: string[], announcement?: string): Reply {
  const blocks: Block[] = [{ type: "text", text }, ...notes.map((n) => ({ type: "note" as const, text: n }))];
  return reply("success", blocks, {
    effect: "changed",
    ...(announcement ? { announcement: { text: announcement } } : {}),
  });
}

function refusal(text: string, hint: string): Reply {
  return reply("error", [
    { type: "text", text },
    { type: "note", text: hint },
  ]);
}

export function roundStartedReply(
  t: Messages,
  r: { year: number; planName: string; closesOn?: LocalDate },
  counts: { members: number; owners: number },
  by: string,
): Reply {
  const s = t.followUp.round;
  const closes = date(t, r.closesOn);
  return changed(
    s.started(r.year, r.planName, closes),
    [s.sentTo(counts.members, counts.owners), s.startedHint],
    s.announceStarted(by, r.year, closes),
  );
}

export const roundAlreadyOpenReply = (t: Messages, year: number) =>
  refusal(t.followUp.round.alreadyOpen(year), t.followUp.round.startedHint);
export const roundAlreadyClosedReply = (t: Messages, year: number, on: LocalDate) =>
  refusal(t.followUp.round.alreadyClosed(year, t.dates.date(on)), t.followUp.round.closedHint(year));
export const roundOtherOpenReply = (t: Messages, year: number) =>
  refusal(t.followUp.round.otherOpen(year), t.followUp.round.startedHint);
export const roundClosesInPastReply = (t: Messages, d: LocalDate) =>
  refusal(
    t.followUp.round.closesInPast(t.dates.date(d)),
    t.errors.write(`\`${t.help.entries.round_start.usage}\``),
  );
export const noRoundReply = (t: Messages) => refusal(t.followUp.round.none, t.followUp.round.noneHint);
export const roundRefusedReply = (t: Messages, year: number, on: LocalDate) =>
  refusal(t.followUp.round.refused(year, t.dates.date(on)), t.followUp.round.refusedHint);

export function roundClosedReply(t: Messages, year: number, by: string): Reply {
  const s = t.followUp.round;
  return changed(s.closedNow(year), [s.closedHint(year)], s.announceClosed(by, year));
}

export function assessedReply(t: Messages, goal: number, score: number, again: boolean, left: number): Reply {
  const s = t.followUp.round;
  const label = t.followUp.scale.label(score);
  return changed(again ? s.assessedAgain(goal, label) : s.assessed(goal, label), [s.remaining(left)]);
}

export const roundTextSavedReply = (t: Messages, nr: number, title: string) =>
  changed(t.followUp.round.textSaved(nr, title), []);
export const lessonSavedReply = (t: Messages) => changed(t.followUp.round.lessonSaved, []);

export interface ProgressMember {
  name: string;
  assessed: number;
  texts: number;
  owned: number;
  lessons: number;
}

export interface RoundProgress {
  year: number;
  planName: string;
  openedOn: LocalDate;
  closesOn?: LocalDate;
  closedOn?: LocalDate;
  goals: number;
  members: ProgressMember[];
  activities: number;
  activitiesWithText: number;
  lessons: number;
  /** Activities asked about that have no text yet, with their owners' names. */
  missingTexts: { number: number; title: string; owners: string[] }[];
}

export function roundProgressReply(t: Messages, p: RoundProgress): Reply {
  const s = t.followUp.round;
  const complete = p.members.filter((m) => m.assessed >= p.goals).length;
  const blocks: Block[] = [
    { type: "heading", text: s.progressHeading(p.year, p.planName) },
    {
      type: "text",
      text: p.closedOn
        ? s.progressClosed(t.dates.date(p.closedOn))
        : s.progressOpen(t.dates.date(p.openedOn), date(t, p.closesOn)),
    },
    {
      type: "bullets",
      items: [
        s.progressAssessed(complete, p.members.length, p.goals),
        s.progressTexts(p.activitiesWithText, p.activities),
        s.progressLessons(p.lessons),
      ],
    },
    { type: "heading", text: s.membersHeading },
    {
      type: "bullets",
      items: p.members.map((m) => s.memberLine(m.name, m.assessed, p.goals, m.texts, m.owned, m.lessons)),
    },
    { type: "heading", text: s.missingHeading },
  ];
  const missingMembers = p.members.filter((m) => m.assessed < p.goals);
  if (!missingMembers.length && !p.missingTexts.length) blocks.push({ type: "note", text: s.missingNothing });
  if (missingMembers.length)
    blocks.push({
      type: "bullets",
      items: missingMembers.map((m) => s.memberLine(m.name, m.assessed, p.goals, m.texts, m.owned, 0)),
    });
  if (p.missingTexts.length) {
    blocks.push({ type: "text", text: s.textsHeading });
    blocks.push({
      type: "bullets",
      items: p.missingTexts.map((a) =>
        s.missingTexts(a.number, a.title, a.owners.length ? t.common.join(a.owners) : s.noOwners),
      ),
    });
  }
  return reply("info", blocks);
}

export interface RequestInput {
  year: number;
  planName: string;
  closesOn?: LocalDate;
  activities: { number: number; title: string; status: ActivityStatus; followUp?: string }[];
  goals: { number: number; text: string }[];
  /** A reminder: how much is left (and only that is asked for). */
  reminder?: { goals: number; texts: number };
  /** Ask for lessons learned too (once, with the goals). */
  lessons?: boolean;
}

/** The direct message of a round: what the member is asked, with a button for each answer. */
export function roundRequestReply(t: Messages, r: RequestInput): Reply {
  const s = t.followUp.round;
  const closes = date(t, r.closesOn);
  const blocks: Block[] = [
    { type: "heading", text: s.requestHeading(r.year, r.planName) },
    {
      type: "text",
      text: r.reminder
        ? s.reminderIntro(r.year, closes, s.leftParts(r.reminder.goals, r.reminder.texts))
        : s.requestIntro(closes),
    },
  ];
  if (r.activities.length) {
    blocks.push({ type: "heading", text: s.activitiesHeading }, { type: "note", text: s.activitiesAsk });
    for (const a of r.activities) {
      // One block per activity and one for its button, so that a long list still fits a message.
      const line = s.activityLine(a.number, a.title, t.status.label[a.status]);
      blocks.push({ type: "text", text: a.followUp ? `${line}\n${s.measure(a.followUp)}` : line });
      blocks.push({
        type: "actions",
        actions: [{ label: s.writeButton, action: { kind: "round_text_form", number: a.number } }],
      });
    }
  }
  if (r.goals.length) {
    blocks.push(
      { type: "heading", text: s.goalsHeading },
      { type: "note", text: s.goalsAsk(t.followUp.scale.legend) },
    );
    for (const g of r.goals) {
      blocks.push({ type: "text", text: t.followUp.goals.line(g.number, g.text) });
      const actions: ReplyAction[] = ASSESSMENT_SCORES.map((score) => ({
        label: t.followUp.scale.button(score),
        action: { kind: "assess", goal: g.number, score },
      }));
      blocks.push({ type: "actions", actions });
    }
  }
  if (r.lessons) {
    blocks.push({ type: "heading", text: s.lessonsHeading }, { type: "note", text: s.lessonsAsk });
    blocks.push({
      type: "actions",
      actions: [{ label: s.lessonButton, action: { kind: "round_text_form" } }],
    });
  }
  return reply("info", blocks);
}
