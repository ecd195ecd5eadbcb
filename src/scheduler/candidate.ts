// A notification a job thinks is due now: its key and target first, its content only when built (after
// the sweep has checked which keys are already in the outbox, so nothing is computed twice).
import type { OutboxTarget } from "../core/reminders/keys.ts";
import type { Reply } from "../core/reply.ts";
import type { OutboxKind } from "../services/outbox.ts";

export interface Built {
  reply: Reply;
  /** "skipped" records a decision not to send (an empty digest). */
  state?: "pending" | "skipped";
}

export interface Candidate {
  kind: OutboxKind;
  dedupeKey: string;
  groupId: number;
  target: OutboxTarget;
  /** The meeting an agenda, meeting-day post or follow-up is about. */
  meetingId?: number;
  /** The activities a reminder (one) or a follow-up (all of a person's overdue ones) is about. */
  activityIds?: readonly number[];
  build(): Built | Promise<Built>;
}
