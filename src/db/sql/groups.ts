// Row locks on groups, which Prisma's query API has no word for.
import type { QueryDb } from "./raw-db.ts";

/**
 * Holds the group's row until the transaction ends, so that writes which must see each other's
 * result take turns: two meetings at one time, one agenda point proposed twice, two settings changes.
 * FOR NO KEY UPDATE, so that rows which only reference the group (a new member, a status update's
 * author) are not held up. Only meaningful inside a transaction.
 */
export async function lockGroup(db: QueryDb, groupId: number): Promise<void> {
  await db.$queryRaw`SELECT id FROM groups WHERE id = ${groupId} FOR NO KEY UPDATE`;
}
