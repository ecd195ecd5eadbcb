// One sweep: "as of `now`, what should have been sent and is still relevant?" What every job needs is
// read once (sweep-data.ts); then each job proposes candidates (keys and targets), group by group in
// the order of SCHEDULER_JOBS; keys already in the outbox are dropped before any content is built; the
// rest are inserted with ON CONFLICT DO NOTHING, so sweeps that overlap (two replicas, a restart
// mid-sweep) store each notification once. A sweep sends nothing itself: the dispatcher does.
import type { Logger } from "pino";
import type { PrismaClient } from "../db/generated/client.ts";
import { enqueue, existingKeys, type NewOutboxMessage } from "../services/outbox.ts";
import type { Candidate } from "./candidate.ts";
import type { SchedulerJob } from "./job.ts";
import { agendaJob } from "./jobs/agenda.ts";
import { deadlineReminderJob } from "./jobs/deadline-reminder.ts";
import { digestJob } from "./jobs/digest.ts";
import { followUpJob } from "./jobs/follow-up.ts";
import { followUpRoundJob } from "./jobs/follow-up-round.ts";
import { meetingDayJob } from "./jobs/meeting-day.ts";
import { taskReminderJob } from "./jobs/task-reminder.ts";
import { loadSweep } from "./sweep-data.ts";

/** Every job, in the order a group's notifications go out. */
export const SCHEDULER_JOBS: readonly SchedulerJob[] = [
  agendaJob,
  meetingDayJob,
  followUpJob,
  digestJob,
  deadlineReminderJob,
  taskReminderJob,
  followUpRoundJob,
];

export interface SweepResult {
  /** Notifications due now (including those already in the outbox). */
  due: number;
  /** New outbox rows written by this sweep, by kind (skipped digests included). */
  enqueued: number;
  byKind: Record<string, number>;
}

export async function sweep(prisma: PrismaClient, logger: Logger, now: Date): Promise<SweepResult> {
  const state = await loadSweep(prisma, logger, now);
  const candidates: Candidate[] = [];
  for (const group of state.groups)
    for (const job of SCHEDULER_JOBS) candidates.push(...job.due(group, state));

  const unique = new Map(candidates.map((c) => [c.dedupeKey, c]));
  const existing = await existingKeys(prisma, [...unique.keys()]);
  const toBuild = [...unique.values()].filter((c) => !existing.has(c.dedupeKey));
  state.gatherAgendasFor(toBuild.filter((c) => c.kind === "agenda").map((c) => c.groupId));
  const messages: NewOutboxMessage[] = [];
  for (const c of toBuild) {
    const built = await c.build();
    messages.push({
      kind: c.kind,
      dedupeKey: c.dedupeKey,
      groupId: c.groupId,
      ...(c.meetingId !== undefined ? { meetingId: c.meetingId } : {}),
      target: c.target,
      reply: built.reply,
      ...(built.state ? { state: built.state } : {}),
    });
  }
  const enqueued = await enqueue(prisma, messages, now);
  const byKind: Record<string, number> = {};
  for (const m of messages) byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
  if (enqueued) logger.info({ enqueued, byKind }, "sweep enqueued notifications");
  return { due: unique.size, enqueued, byKind };
}
