// Statements on meetings and their agenda items that Prisma's query API cannot express in one update.
import { Prisma } from "../generated/client.ts";
import type { ExecuteDb } from "./raw-db.ts";

/**
 * "Handled" agenda items: those that were on a meeting's agenda as posted (written to the outbox and
 * sent before the meeting), once that meeting has ended. Items proposed after the agenda went out, or
 * for a meeting whose agenda was never sent, stay open and carry over to the next meeting. Returns how
 * many items were marked.
 */
export async function markHandledAgendaItems(
  db: ExecuteDb,
  endedMeetingIds: readonly number[],
): Promise<number> {
  if (endedMeetingIds.length === 0) return 0;
  return db.$executeRaw`
    UPDATE agenda_items ai
       SET handled_at = COALESCE(p.ends_at, p.starts_at)
      FROM (SELECT m.id, m.group_id, m.starts_at, m.ends_at, min(o.created_at) AS posted
              FROM meetings m
              JOIN outbox o ON o.meeting_id = m.id AND o.kind = 'agenda' AND o.state = 'sent'
                           AND o.created_at <= m.starts_at
             WHERE m.id IN (${Prisma.join(endedMeetingIds as number[])})
             GROUP BY m.id) p
     WHERE ai.group_id = p.group_id
       AND ai.handled_at IS NULL
       AND ai.created_at < p.posted
       AND (ai.meeting_id IS NULL
            OR ai.meeting_id IN (SELECT id FROM meetings m2 WHERE m2.group_id = p.group_id AND m2.starts_at <= p.starts_at))`;
}
