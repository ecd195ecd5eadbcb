// The health check's question to the database: does it answer at all? No table is read, so it says
// nothing about the schema, only that a connection can be had and a statement runs.
import type { QueryDb } from "./raw-db.ts";

export async function databaseAnswers(db: QueryDb): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
