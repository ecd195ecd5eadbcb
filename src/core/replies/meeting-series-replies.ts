// Replies to `möte varje …` / `möte första … i månaden …` and `årshjul`.
import type { Messages } from "../../texts/index.ts";
import type { LocalDate } from "../local-date.ts";
import type { SeriesRule } from "../meeting-series.ts";
import type { Block, Reply } from "../reply.ts";
import { reply } from "../reply.ts";
import { type MeetingView, meetingLine } from "./meeting-replies.ts";

export interface SeriesOutcome {
  created: MeetingView[];
  skipped: LocalDate[];
  holidays: { date: LocalDate; name: string }[];
  overlaps: LocalDate[];
  capped: boolean;
  defaultUntil?: LocalDate;
}

/** "varje torsdag", "första tisdagen i månaden", in the group's language. */
export function ruleText(t: Messages, rule: SeriesRule): string {
  // A weekday's name from any date with that ISO weekday (2024-01-01 was a Monday).
  const day = t.dates.weekday(`2024-01-0${rule.weekday}`);
  return rule.kind === "weekly"
    ? t.meetingSeries.weekly(day, rule.every)
    : t.meetingSeries.monthly(day, rule.ordinal);
}

export function meetingSeriesReply(
  t: Messages,
  rule: SeriesRule,
  clock: { start: string; end?: string },
  place: string | undefined,
  outcome: SeriesOutcome,
): Reply {
  const s = t.meetingSeries;
  const first = outcome.created[0];
  const last = outcome.created.at(-1);
  if (!first || !last) {
    const blocks: Block[] = [{ type: "text", text: s.none }];
    if (outcome.skipped.length)
      blocks.push({ type: "text", text: s.skipped(outcome.skipped.map(t.dates.date)) });
    blocks.push({ type: "note", text: s.noneHint });
    return reply("error", blocks);
  }
  const blocks: Block[] = [
    {
      type: "text",
      text: s.created(
        ruleText(t, rule),
        t.dates.clock(clock.start, clock.end),
        outcome.created.length,
        t.dates.date(first.date),
        t.dates.date(last.date),
        place,
      ),
    },
  ];
  if (outcome.holidays.length)
    blocks.push({
      type: "text",
      text: `⚠️ ${s.holidays(outcome.holidays.map((h) => `${t.dates.date(h.date)} (${h.name})`))}`,
    });
  if (outcome.overlaps.length)
    blocks.push({ type: "text", text: `⚠️ ${s.overlaps(outcome.overlaps.map(t.dates.date))}` });
  if (outcome.skipped.length)
    blocks.push({ type: "text", text: s.skipped(outcome.skipped.map(t.dates.date)) });
  if (outcome.capped)
    blocks.push({ type: "note", text: s.capped(outcome.created.length, t.dates.date(last.date)) });
  else if (outcome.defaultUntil)
    blocks.push({ type: "note", text: s.defaultEnd(t.dates.date(outcome.defaultUntil)) });
  return reply("success", blocks, {
    effect: "changed",
    announcement: { text: `📅 ${blocks[0]?.type === "text" ? blocks[0].text : ""}` },
  });
}

/** The year's meetings by month; a meeting before `today` is marked as held. */
export function yearWheelReply(
  t: Messages,
  year: number,
  meetings: readonly MeetingView[],
  today: LocalDate,
): Reply {
  const s = t.meetingSeries;
  if (meetings.length === 0)
    return reply("info", [
      { type: "heading", text: s.wheelHeading(year) },
      { type: "text", text: s.wheelEmpty(year) },
    ]);
  const blocks: Block[] = [{ type: "heading", text: s.wheelHeading(year) }];
  for (let month = 1; month <= 12; month++) {
    const inMonth = meetings.filter((m) => Number(m.date.slice(5, 7)) === month);
    if (inMonth.length === 0) continue;
    blocks.push({ type: "text", text: s.month(s.months[month - 1] ?? "", inMonth.length) });
    blocks.push({
      type: "bullets",
      items: inMonth.map((m) => `${m.title}: ${meetingLine(t, m)}${m.date < today ? ` (${s.held})` : ""}`),
    });
  }
  return reply("info", blocks);
}
